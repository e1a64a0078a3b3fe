import { analyzeConnection } from '../analysis/analyze-connection.ts';
import type { Cause } from '../diagnosis/cause.ts';
import type { DiagnosisContext } from '../diagnosis/diagnosis-context.ts';
import { CHROMIUM_HIDDEN_REFUSAL } from '../diagnosis/rules/refused-status-hidden.ts';
import { parseFrame } from '../jmap/parse-frame.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import type { ReplayResult } from './replay-engine.ts';

/**
 * - `push-works`: opened and a StateChange arrived;
 * - `connected`: opened, no push seen (none may have been due), ended normally;
 * - `dropped`: opened, then the server, a proxy or the network ended it;
 * - `refused`: the handshake got an HTTP answer other than 101;
 * - `unreachable`: no HTTP answer at all;
 * - `not-run`: no socket was opened (credential guard, ticket mint, invalid URL).
 */
export type OutcomeVerdict = 'push-works' | 'connected' | 'dropped' | 'refused' | 'unreachable' | 'not-run';

export interface ReplayOutcome {
  readonly verdict: OutcomeVerdict;
  /** HTTP status of the handshake; null when unknown. */
  readonly status: number | null;
  /** The subprotocol the server chose; null when it did not open or named none. */
  readonly subprotocol: string | null;
  readonly framesSent: number;
  readonly framesReceived: number;
  /** From the first WebSocketPushEnable sent to the first StateChange after it; null when there was none. */
  readonly firstPushLatencyMs: number | null;
  readonly closeCode: number | null;
  /** From the core's diagnosis rules, most specific first. */
  readonly causes: readonly Cause[];
  /** Why it did not run (`not-run`), or the network error. */
  readonly detail?: string;
}

function firstPushLatency(record: ConnectionRecord): number | null {
  const typed = record.frames.map((frame) => ({ frame, type: parseFrame(frame.data).type }));
  const enable = typed.find(({ frame, type }) => frame.dir === 'sent' && type === 'WebSocketPushEnable');
  if (enable === undefined) return null;
  const push = typed.find(
    ({ frame, type }) => frame.dir === 'received' && type === 'StateChange' && frame.at >= enable.frame.at,
  );
  return push === undefined ? null : push.frame.at - enable.frame.at;
}

function verdictOf(record: ConnectionRecord, latency: number | null, endedByOtherSide: boolean): OutcomeVerdict {
  if (record.openAt === undefined) {
    const { status, error, requestHeaders } = record.handshake;
    const hiddenRefusal = error === CHROMIUM_HIDDEN_REFUSAL && requestHeaders !== undefined;
    return (status !== undefined && status !== 101) || hiddenRefusal ? 'refused' : 'unreachable';
  }
  const pushed = record.frames.some(
    (frame) => frame.dir === 'received' && parseFrame(frame.data).type === 'StateChange',
  );
  if (pushed || latency !== null) return 'push-works';
  return endedByOtherSide ? 'dropped' : 'connected';
}

/** A live close the client asked for: 1000 or 1001 (page left), clean. */
function endedNormally(record: ConnectionRecord): boolean {
  const close = record.close;
  if (record.closedAt === undefined && record.errorAt === undefined) return true;
  return close?.wasClean === true && (close.code === 1000 || close.code === 1001);
}

/**
 * The outcome of one connection, live or replayed, analysed by `analyzeConnection` like any other. `endedByOtherSide`
 * says whether the server, a proxy or the network ended it (for a replay: its end reason was `closed`); by default it
 * is read from the close code.
 */
export function connectionOutcome(
  record: ConnectionRecord,
  context: DiagnosisContext = {},
  endedByOtherSide: boolean = !endedNormally(record),
): ReplayOutcome {
  const analysis = analyzeConnection(record, context);
  const latency = firstPushLatency(record);
  const error = record.handshake.error;
  return {
    verdict: verdictOf(record, latency, endedByOtherSide),
    status: analysis.status,
    subprotocol: record.openAt === undefined ? null : record.handshake.chosenProtocol || null,
    framesSent: analysis.frames.sent,
    framesReceived: analysis.frames.received,
    firstPushLatencyMs: latency,
    closeCode: record.close?.code ?? null,
    causes: analysis.causes,
    ...(error === undefined ? {} : { detail: error }),
  };
}

/** The outcome of a replay run; one that never opened a socket is `not-run` with the reason. */
export function replayOutcome(result: ReplayResult, context: DiagnosisContext = {}): ReplayOutcome {
  if (result.record === undefined) {
    return {
      verdict: 'not-run',
      status: null,
      subprotocol: null,
      framesSent: 0,
      framesReceived: 0,
      firstPushLatencyMs: null,
      closeCode: null,
      causes: [],
      detail: result.detail ?? result.reason,
    };
  }
  return connectionOutcome(result.record, context, result.reason === 'closed');
}
