import type { AnalyzedConnection } from '../capture/analyze-capture.ts';
import type { Inline } from './report-blocks.ts';

/** What one connection says about push, in a form two connections can be compared by (`key`). */
interface Outcome {
  readonly key: string;
  readonly works: boolean;
  /** Lower-case, no final period: goes after "Push fails: " or stands as the sentence (`url` after it). */
  readonly text: string;
}

export interface ReportVerdict {
  /** One sentence, first in the report. */
  readonly sentence: string;
  /**
   * The same with the (redacted) URL apart, as code: the redaction's scanner reads a URL up to the next space, so a
   * `)` or `.` right after it would be taken for part of a credential and redacted again.
   */
  readonly inlines: readonly Inline[];
  /** Index in the capture of the connection the verdict is drawn from; undefined when none was captured. */
  readonly index?: number;
}

export const NO_CONNECTION_VERDICT = 'No JMAP WebSocket connection was captured.';

/** `The proxy…` → `the proxy…`; `HTTP 401…` stays. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text[0]?.toLowerCase()}${text.slice(1)}` : text;
}

function refusal(entry: AnalyzedConnection): string {
  const { status } = entry.analysis;
  if (status !== null) return `the handshake was answered HTTP ${status} instead of 101`;
  const error = entry.record.handshake.error;
  return error === undefined ? 'the handshake got no answer' : `the handshake got no answer (${error})`;
}

function outcomeOf(entry: AnalyzedConnection): Outcome {
  const { analysis, record } = entry;
  const [cause] = analysis.causes;
  const via = `via ${analysis.auth.strategy} through`;
  if (cause !== undefined) return { key: `cause ${cause.id}`, works: false, text: lowerFirst(cause.title) };
  if (record.openAt === undefined) return { key: `refused ${analysis.status}`, works: false, text: refusal(entry) };
  if (analysis.push.stateChanges > 0) return { key: 'works', works: true, text: `Push works ${via}` };
  if (analysis.push.enabled) return { key: 'enabled', works: true, text: `Push is enabled ${via}` };
  return { key: 'connected', works: true, text: `The WebSocket connects ${via}` };
}

/** What a connection that opened without a cause still lacks. */
const SHORTFALL: Readonly<Record<string, string>> = {
  enabled: '; no StateChange came while it was watched',
  connected: '; push was never enabled',
};

/** The latest connection the page itself opened (not a replay), else the latest of all. */
function verdictIndex(analyzed: readonly AnalyzedConnection[]): number {
  const indexes = analyzed.map((_, index) => index);
  const byTime = (a: number, b: number) =>
    (analyzed[a]?.connection.createdAt ?? 0) - (analyzed[b]?.connection.createdAt ?? 0) || a - b;
  const own = indexes.filter((index) => analyzed[index]?.connection.source !== 'replay').sort(byTime);
  return own.at(-1) ?? indexes.sort(byTime).at(-1) ?? 0;
}

/**
 * The report's first sentence, from the latest connection the page opened: "Push works via ticket through wss://…",
 * "Push fails: <its most specific cause> (#3 wss://…)" or that nothing was captured, with how many connections agree.
 */
export function reportVerdict(analyzed: readonly AnalyzedConnection[]): ReportVerdict {
  if (analyzed.length === 0) return { sentence: NO_CONNECTION_VERDICT, inlines: [NO_CONNECTION_VERDICT] };
  const index = verdictIndex(analyzed);
  const outcomes = analyzed.map(outcomeOf);
  const chosen = outcomes[index] as Outcome;
  const url = (analyzed[index] as AnalyzedConnection).analysis.url;
  const agreeing = outcomes.filter((outcome) => outcome.key === chosen.key).length;
  const agreement = analyzed.length > 1 ? ` ${agreeing} of ${analyzed.length} connections agree.` : '';
  const [before, after] = chosen.works
    ? [`${chosen.text} `, `${SHORTFALL[chosen.key] ?? ''}.${agreement}`]
    : [`Push fails: ${chosen.text} (#${index + 1} `, `).${agreement}`];
  return { sentence: `${before}${url}${after}`, inlines: [before, { code: url }, after], index };
}
