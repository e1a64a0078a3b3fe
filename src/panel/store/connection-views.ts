import { computed, type ReadonlySignal } from '@preact/signals';
import { analyzeConnection, type ConnectionAnalysis } from '../../core/analysis/analyze-connection.ts';
import { connectionSecrets } from '../../core/capture/connection-secrets.ts';
import { sessionBefore } from '../../core/capture/session-before.ts';
import { ticketMintFor } from '../../core/capture/ticket-mint-for.ts';
import type { ConnectionRecord } from '../../core/model/connection-record.ts';
import type { TicketMint } from '../../core/model/ticket-mint.ts';
import type { JmapSession } from '../../core/session/jmap-session.ts';
import type { ConnectionState, SessionSighting, StoredFrame } from '../../shared/protocol.ts';
import { createAnalysisCache } from './analysis-cache.ts';
import { type ConnectionPhase, connectionPhase } from './connection-phase.ts';
import { createContextKey } from './context-key.ts';
import { createRecordCache } from './record-cache.ts';

/** One row of the connection list, with everything the detail tabs show. */
export interface ConnectionView {
  /** 1-based position in capture order: the `#` column. */
  readonly number: number;
  readonly state: ConnectionState;
  readonly phase: ConnectionPhase;
  readonly record: ConnectionRecord;
  readonly analysis: ConnectionAnalysis;
  readonly session?: JmapSession;
  /** Secrets known to belong to this connection, for redaction. */
  readonly secrets: readonly string[];
}

export interface ViewSources {
  readonly connections: ReadonlySignal<readonly ConnectionState[]>;
  /** Frames by connection, as often as analysis can afford (throttled). */
  readonly settledFrames: ReadonlySignal<ReadonlyMap<string, readonly StoredFrame[]>>;
  readonly sessions: ReadonlySignal<readonly SessionSighting[]>;
  readonly ticketMints: ReadonlySignal<readonly TicketMint[]>;
  readonly now: ReadonlySignal<number>;
}

/** Diagnoses that depend on "now" (idle, still connecting) are refreshed this often, not on every clock tick. */
const NOW_STEP_MS = 30_000;
const NO_FRAMES: readonly StoredFrame[] = [];

/** What each connection is analysed with besides its frames: its ticket POST and the session fetched before it. */
interface ConnectionLinks {
  readonly mint: TicketMint | undefined;
  readonly session: JmapSession | undefined;
}

/** Per connection, recomputed when connections, sessions or ticket mints change, never on a frames delta. */
function connectionLinks(sources: ViewSources): ReadonlySignal<readonly ConnectionLinks[]> {
  return computed(() => {
    const sessions = sources.sessions.value;
    const ticketMints = sources.ticketMints.value;
    return sources.connections.value.map((state) => ({
      mint: ticketMintFor(state.handshake.url, ticketMints),
      session: sessionBefore(sessions, state.createdAt),
    }));
  });
}

/** Analyses every connection through caches, so each delta costs only the connections it touched. */
export function connectionViews(sources: ViewSources, onComputed: (ms: number) => void, analyze = analyzeConnection) {
  const recordFor = createRecordCache();
  const analysisFor = createAnalysisCache(analyze);
  const contextKey = createContextKey();
  const secretsCache = new WeakMap<ConnectionAnalysis, readonly string[]>();
  const nowStep = computed(() => Math.floor(sources.now.value / NOW_STEP_MS));
  const links = connectionLinks(sources);
  return computed((): readonly ConnectionView[] => {
    const started = performance.now();
    const connections = sources.connections.value;
    const frames = sources.settledFrames.value;
    const sessions = sources.sessions.value;
    const ticketMints = sources.ticketMints.value;
    const linksOf = links.value;
    const key = contextKey([connections, sessions, ticketMints, nowStep.value]);
    const now = sources.now.peek();
    const records = connections.map((state, index) =>
      recordFor(state, frames.get(state.id) ?? NO_FRAMES, linksOf[index]?.mint),
    );
    const views = records.map((record, index) => {
      const state = connections[index] as ConnectionState;
      const session = linksOf[index]?.session;
      const analysis = analysisFor(record, { session, otherConnections: records, ticketMints, now }, key);
      const secrets = secretsCache.get(analysis) ?? connectionSecrets(record, analysis);
      secretsCache.set(analysis, secrets);
      return { number: index + 1, state, phase: connectionPhase(state), record, analysis, session, secrets };
    });
    onComputed(performance.now() - started);
    return views;
  });
}
