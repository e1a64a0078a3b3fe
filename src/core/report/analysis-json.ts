import type { StrategyId } from '../auth/strategy-id.ts';
import type { AnalyzedConnection } from '../capture/analyze-capture.ts';
import type { CauseId } from '../diagnosis/cause.ts';
import { redact } from '../redact/redact.ts';
import type { FindingKind, Severity } from '../secrets/finding.ts';
import type { ServerKind } from '../session/server-kind.ts';
import { reportVerdict } from './report-verdict.ts';

export const ANALYSIS_SCHEMA = 'jmap-push-inspector/analysis@1';

/** One connection in the analysis contract (issue 5 §5): these fields must stay; more may be added. */
export interface ConnectionJson {
  readonly id: string;
  /** Always redacted. */
  readonly url: string;
  readonly status: number | null;
  readonly strategy: StrategyId;
  readonly server: ServerKind;
  readonly findings: readonly { readonly kind: FindingKind; readonly severity: Severity; readonly location: string }[];
  readonly diagnoses: readonly { readonly cause: CauseId; readonly title: string }[];
  readonly frames: { readonly sent: number; readonly received: number };
  readonly push: { readonly enabled: boolean; readonly stateChanges: number };
}

export interface AnalysisJson {
  readonly schema: typeof ANALYSIS_SCHEMA;
  /** The report's first sentence. */
  readonly verdict: string;
  readonly connections: readonly ConnectionJson[];
}

function connectionJson(entry: AnalyzedConnection, clean: (text: string) => string): ConnectionJson {
  const { analysis } = entry;
  return {
    id: analysis.id,
    url: clean(analysis.url),
    status: analysis.status,
    strategy: analysis.auth.strategy,
    server: analysis.server.kind,
    findings: analysis.findings.map(({ kind, severity, location }) => ({ kind, severity, location: clean(location) })),
    diagnoses: analysis.causes.map((cause) => ({ cause: cause.id, title: clean(cause.title) })),
    frames: { sent: analysis.frames.sent, received: analysis.frames.received },
    push: { enabled: analysis.push.enabled, stateChanges: analysis.push.stateChanges },
  };
}

/**
 * The analysis as JSON for tools, the same from the command line (`analyze --json`) and the panel. `secrets`: the
 * capture's (captureSecrets), which hold every connection's; without them, the connections' own.
 */
export function analysisJson(analyzed: readonly AnalyzedConnection[], secrets?: readonly string[]): AnalysisJson {
  const known = secrets ?? analyzed.flatMap((entry) => entry.secrets);
  const clean = (text: string) => redact(text, known);
  return {
    schema: ANALYSIS_SCHEMA,
    verdict: reportVerdict(analyzed).sentence,
    connections: analyzed.map((entry) => connectionJson(entry, clean)),
  };
}
