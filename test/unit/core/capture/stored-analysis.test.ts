import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ConnectionAnalysis } from '../../../../src/core/analysis/analyze-connection.ts';
import { analyzeCapture, captureSecrets } from '../../../../src/core/capture/analyze-capture.ts';
import { readStoredAnalysis, redactAnalysis } from '../../../../src/core/capture/stored-analysis.ts';
import { fingerprint } from '../../../../src/core/redact/redact.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';
import { allScenariosCapture, nowAfter } from '../bundle/scenario-captures.ts';

const capture = allScenariosCapture();
const analyzed = analyzeCapture(capture, nowAfter(capture));
const secrets = captureSecrets(analyzed, capture);
const analyses = analyzed.map((entry) => entry.analysis);
const withCredential = analyses.find((analysis) => analysis.auth.credential !== undefined) as ConnectionAnalysis;
const withSecret = analyses.find((analysis) =>
  analysis.findings.some((finding) => finding.secret),
) as ConnectionAnalysis;

/** The analysis as a file holds it, with one member replaced. */
function edited(path: readonly (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(withSecret));
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key];
  target[path.at(-1) as string] = value;
  return copy;
}

function errorOf(value: unknown): string {
  const read = readStoredAnalysis(value, 'connections[0].analysis');
  if (read.ok) throw new Error('read a bad analysis');
  return read.error;
}

describe('redactAnalysis', () => {
  test('leaves no known secret in any encoding, in any analysis', () => {
    const text = JSON.stringify(analyses.map((analysis) => redactAnalysis(analysis, secrets)));
    for (const secret of KNOWN_SECRETS) for (const form of encodingsOf(secret)) expect(text).not.toContain(form);
  });

  test('makes the secret fields their fingerprints, the ones the texts show', () => {
    const finding = withSecret.findings.find((item) => item.secret);
    const redacted = redactAnalysis(withSecret, secrets);
    expect(redacted.findings.map((item) => item.secret)).toContain(fingerprint(finding?.secret ?? ''));
    const credential = redactAnalysis(withCredential, secrets).auth.credential;
    expect(credential?.raw).toBe(fingerprint(withCredential.auth.credential?.raw ?? ''));
    expect(credential?.value).toBe(fingerprint(withCredential.auth.credential?.value ?? ''));
    expect(redactAnalysis(redacted, secrets)).toEqual(redacted);
  });
});

describe('readStoredAnalysis', () => {
  test('reads back every analysis, clear or redacted, exactly', () => {
    for (const analysis of [...analyses, ...analyses.map((item) => redactAnalysis(item, secrets))]) {
      expect(readStoredAnalysis(JSON.parse(JSON.stringify(analysis)), 'a')).toEqual({ ok: true, analysis });
    }
  });

  test('names the member and what is wrong, never its value', () => {
    expect(errorOf(edited(['findings', 0, 'kind'], 'stolen-token'))).toBe(
      `connections[0].analysis.findings[0].kind: must be one of credential-in-url, basic-credentials-in-url, credential-in-userinfo, credential-in-subprotocol, credential-in-frame, cleartext-transport, jwt-expired, jwt-long-lived, ticket-reused, got "stolen-token"`,
    );
    expect(errorOf(edited(['auth', 'strategy'], 7))).toMatch(
      /^connections\[0\]\.analysis\.auth\.strategy: must be one of ticket, .*, got a number$/,
    );
    expect(errorOf(edited(['causes'], [{ id: 'magic' }]))).toMatch(
      /causes\[0\]\.id: must be one of auth-header-missing/,
    );
    expect(errorOf(edited(['server', 'kind'], null))).toMatch(
      /server\.kind: must be one of tmail-backend, .*got null$/,
    );
    expect(errorOf(edited(['frames', 'sent'], -1))).toBe(
      'connections[0].analysis.frames.sent: must be a whole number from 0 to 9007199254740991, got a number',
    );
    expect(errorOf(edited(['push'], undefined))).toBe('connections[0].analysis.push: must be an object, got nothing');
    expect(errorOf(edited(['status'], '401'))).toBe(
      'connections[0].analysis.status: must be a whole number from 0 to 999, got a string',
    );
    expect(errorOf([])).toBe('connections[0].analysis: must be an object, got an array');
  });

  test('bounds strings and lists', () => {
    expect(errorOf(edited(['url'], 'x'.repeat(70_000)))).toBe(
      'connections[0].analysis.url: must be a string of at most 65536 characters, got a string',
    );
    expect(errorOf(edited(['auth', 'evidence'], Array(1_001).fill('e')))).toMatch(
      /auth\.evidence: must be an array of at most 1000 items/,
    );
    expect(errorOf(edited(['findings', 0, 'secret'], { deep: [[[]]] }))).toMatch(
      /findings\[0\]\.secret: must be a string/,
    );
  });

  test('any JSON value, or a real analysis with any member replaced, gives a result or one line, never a throw', () => {
    const keys = ['id', 'url', 'status', 'auth', 'server', 'findings', 'worstSeverity', 'causes', 'frames', 'push'];
    const member = fc.tuple(fc.constantFrom(...keys), fc.jsonValue()).map(([key, value]) => edited([key], value));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), member), (value) => {
        const read = readStoredAnalysis(value, 'a');
        if (!read.ok) expect(read.error).not.toMatch(/\n/);
      }),
      { numRuns: 500 },
    );
  });
});
