import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import type { PushStatus } from '../analysis/push-status.ts';
import type { AuthClassification, UrlCredential } from '../auth/auth-classification.ts';
import { STRATEGY_IDS } from '../auth/strategy-id.ts';
import { LIMITS } from '../bundle/bundle-limits.ts';
import { compact } from '../bundle/compact.ts';
import { readCauses, readFindings } from '../bundle/read-analysis-lists.ts';
import { problemOf, StrictFields } from '../bundle/strict-fields.ts';
import { fingerprint, isRedacted } from '../redact/fingerprint.ts';
import { redact } from '../redact/redact.ts';
import type { Finding } from '../secrets/finding.ts';
import { SEVERITIES } from '../secrets/finding.ts';
import { SERVER_KINDS } from '../session/server-kind.ts';
import type { QueryEncoding } from '../url/decode-query-value.ts';

const QUERY_ENCODINGS = ['raw', 'form', 'percent', 'double'] as const satisfies readonly QueryEncoding[];

/** A secret field becomes its fingerprint, the one `redact` writes for it in every text (both key on its canonical value). */
function secretField(value: string): string {
  return isRedacted(value) ? value : fingerprint(value);
}

function redactCredential(credential: UrlCredential, secrets: readonly string[]): UrlCredential {
  const { raw, value, param, scheme } = credential;
  return compact({
    ...credential,
    param: redact(param, secrets),
    raw: secretField(raw),
    value: secretField(value),
    scheme: scheme === undefined ? undefined : redact(scheme, secrets),
  });
}

function redactFinding(finding: Finding, secrets: readonly string[]): Finding {
  const { location, explanation, fix, secret } = finding;
  const text = (value: string) => redact(value, secrets);
  return compact({
    ...finding,
    location: text(location),
    explanation: text(explanation),
    fix: text(fix),
    secret: secret === undefined ? undefined : secretField(secret),
  });
}

/** The analysis as it may be written into a redacted file: every text redacted, every secret field a fingerprint. */
export function redactAnalysis(analysis: ConnectionAnalysis, secrets: readonly string[]): ConnectionAnalysis {
  const text = (value: string) => redact(value, secrets);
  const { auth, server } = analysis;
  const credential = auth.credential === undefined ? undefined : redactCredential(auth.credential, secrets);
  return {
    ...analysis,
    url: text(analysis.url),
    auth: compact({ ...auth, evidence: auth.evidence.map(text), credential }),
    server: { ...server, evidence: server.evidence.map(text) },
    findings: analysis.findings.map((finding) => redactFinding(finding, secrets)),
    causes: analysis.causes.map((cause) => ({
      ...cause,
      title: text(cause.title),
      explanation: text(cause.explanation),
      checks: cause.checks.map(text),
    })),
  };
}

function readCredential(fields: StrictFields): UrlCredential {
  return compact({
    param: fields.string('param', LIMITS.shortText),
    raw: fields.string('raw', LIMITS.text),
    value: fields.string('value', LIMITS.text),
    encoding: fields.choice('encoding', QUERY_ENCODINGS),
    scheme: fields.optional('scheme', (key) => fields.string(key, LIMITS.shortText)),
  });
}

function readAuth(fields: StrictFields): AuthClassification {
  return compact({
    strategy: fields.choice('strategy', STRATEGY_IDS),
    evidence: fields.strings('evidence', LIMITS.lines, LIMITS.text),
    credential: fields.optional('credential', (key) => readCredential(fields.fields(key))),
  });
}

function readPush(fields: StrictFields): PushStatus {
  const dataTypes = fields.raw('dataTypes');
  return compact({
    enabled: fields.boolean('enabled'),
    enabledAt: fields.optional('enabledAt', fields.number),
    dataTypes:
      dataTypes === null
        ? null
        : fields.optional('dataTypes', (key) => fields.strings(key, LIMITS.lines, LIMITS.shortText)),
    stateChanges: fields.count('stateChanges'),
    firstStateChangeAt: fields.optional('firstStateChangeAt', fields.number),
    lastStateChangeAt: fields.optional('lastStateChangeAt', fields.number),
    pushStateSeen: fields.boolean('pushStateSeen'),
  });
}

function readAnalysis(fields: StrictFields): ConnectionAnalysis {
  const frames = fields.fields('frames');
  const server = fields.fields('server');
  const status = fields.raw('status');
  return compact({
    id: fields.string('id', LIMITS.shortText),
    url: fields.string('url', LIMITS.text),
    status: status === null ? null : fields.count('status', 999),
    auth: readAuth(fields.fields('auth')),
    server: {
      kind: server.choice('kind', SERVER_KINDS),
      evidence: server.strings('evidence', LIMITS.lines, LIMITS.text),
    },
    findings: readFindings(fields),
    worstSeverity: fields.optional('worstSeverity', (key) => fields.choice(key, SEVERITIES)),
    causes: readCauses(fields),
    frames: { sent: frames.count('sent'), received: frames.count('received') },
    push: readPush(fields.fields('push')),
  });
}

/**
 * An analysis read back from a file, every member checked against its type, its enum and a size bound. Hostile input
 * gets one line naming the member (`where.findings[2].kind: …`), never its value; nothing here throws.
 */
export function readStoredAnalysis(
  value: unknown,
  where: string,
): { ok: true; analysis: ConnectionAnalysis } | { ok: false; error: string } {
  try {
    return { ok: true, analysis: readAnalysis(StrictFields.of(value, where)) };
  } catch (error) {
    return { ok: false, error: problemOf(error) };
  }
}

/**
 * The analysis a file stored beside connection `id` (`where` names the member), or undefined with a warning when it is
 * unreadable or belongs to another connection: the connection is then analysed again.
 */
export function readStoredAnalysisFor(
  raw: unknown,
  id: string,
  where: string,
  warnings: string[],
): ConnectionAnalysis | undefined {
  if (raw === undefined) return undefined;
  const read = readStoredAnalysis(raw, where);
  if (!read.ok) warnings.push(`${read.error}; the connection is analysed again`);
  else if (read.analysis.id !== id) warnings.push(`${where}: belongs to another connection; ignored`);
  else return read.analysis;
  return undefined;
}
