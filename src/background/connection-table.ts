import { NETWORK_ONLY_PREFIX } from '../shared/network-only.ts';
import type { ConnectionState, PageEvent } from '../shared/protocol.ts';
import { findNetworkOnlyMatch, findSocketMatch } from './connection-matching.ts';
import { type HandshakeObservation, MATCH_WINDOW_MS, mayBeSameSocket, NO_FRAME } from './handshake-observation.ts';
import { mergeObservation } from './merge-observation.ts';

type OpenEvent = Extract<PageEvent, { type: 'open' }>;

const fromDebugger = (observation: HandshakeObservation) => observation.source === 'debugger';

/**
 * The connections of one tab, and how the views of each meet: the socket (the page hook's `document:socket`, or a
 * worker's socket the debugger reported) and the network's handshake, from webRequest and from the debugger, each by
 * its own `requestId`. Whichever arrives first creates the connection; the others join it.
 */
export class ConnectionTable {
  readonly #connections = new Map<string, ConnectionState>();
  readonly #bySocket = new Map<string, string>();
  readonly #byRequest = new Map<string, string>();
  readonly #byDebugger = new Map<string, string>();
  /** Connections whose request headers came from the debugger: exact, so webRequest's never replace them. */
  readonly #exactHeaders = new Set<string>();
  readonly #changed = new Set<string>();
  #pending: HandshakeObservation[] = [];

  get(id: string): ConnectionState | undefined {
    return this.#connections.get(id);
  }

  all(): ConnectionState[] {
    return [...this.#connections.values()];
  }

  idOfSocket(socketKey: string): string | undefined {
    return this.#bySocket.get(socketKey);
  }

  open(socketKey: string, event: OpenEvent, frameId: number, pageUrl: string): void {
    const taken = this.#takePending({ url: event.url, at: event.at, frameId });
    const claimed = new Set(this.#bySocket.values());
    const joined = taken.some((o) => !fromDebugger(o)) ? undefined : findNetworkOnlyMatch(this.all(), event, claimed);
    const id = joined ?? `live:${socketKey}`;
    const base = this.#connections.get(id);
    const handshake = { ...base?.handshake, url: event.url, protocols: event.protocols ?? [] };
    const state: ConnectionState = base
      ? { ...base, handshake, createdAt: event.at }
      : { id, source: 'live', frameId, pageUrl, handshake, createdAt: event.at };
    this.#bySocket.set(socketKey, id);
    this.#set(taken.reduce((next, observation) => this.#join(next, observation), state));
  }

  /** A connection the store is told about whole (a replay the panel ran). */
  put(state: ConnectionState): void {
    this.#set(state);
  }

  update(id: string, change: (state: ConnectionState) => ConnectionState): void {
    const state = this.#connections.get(id);
    if (state) this.#set(change(state));
  }

  observe(observation: HandshakeObservation): void {
    const claims = this.#claims(observation);
    const id = claims.get(observation.requestId) ?? findSocketMatch(this.all(), observation, new Set(claims.values()));
    const state = id === undefined ? undefined : this.#connections.get(id);
    if (state) {
      this.#set(this.#join(state, observation));
      return;
    }
    this.#pending = [...this.#pending.filter((p) => p.requestId !== observation.requestId), observation];
  }

  /** The handshake of a socket this table knows by its key: a worker's socket, seen by the debugger. */
  observeSocket(socketKey: string, observation: HandshakeObservation): void {
    const id = this.#bySocket.get(socketKey);
    const state = id === undefined ? undefined : this.#connections.get(id);
    if (state) this.#set(this.#join(state, observation));
  }

  /**
   * Handshakes the page never reported (a worker's socket without the debugger, a frame without the hook) become
   * connections of their own. The debugger's view of a page socket only ever adds to one; unmatched, it is dropped.
   */
  promoteUnmatched(now: number, pageUrl: string): void {
    const stale = this.#pending.filter((p) => p.endedAt !== undefined && now - p.endedAt > MATCH_WINDOW_MS);
    this.#pending = this.#pending.filter((p) => !stale.includes(p));
    for (const observation of stale.filter((p) => !fromDebugger(p))) {
      const state: ConnectionState = {
        id: `${NETWORK_ONLY_PREFIX}${observation.requestId}`,
        source: 'live',
        frameId: observation.frameId ?? 0,
        pageUrl,
        handshake: { url: observation.url, protocols: [] },
        createdAt: observation.startedAt,
      };
      this.#set(this.#join(state, observation));
    }
  }

  takeChanged(): ConnectionState[] {
    const changed = [...this.#changed].flatMap((id) => this.#connections.get(id) ?? []);
    this.#changed.clear();
    return changed;
  }

  restore(connections: readonly ConnectionState[], sockets: Readonly<Record<string, string>>): void {
    for (const state of connections) this.#connections.set(state.id, state);
    for (const [socketKey, id] of Object.entries(sockets)) this.#bySocket.set(socketKey, id);
  }

  sockets(): Record<string, string> {
    return Object.fromEntries(this.#bySocket);
  }

  keepOnly(keep: (state: ConnectionState) => boolean): void {
    for (const [id, state] of this.#connections) {
      if (!keep(state)) this.#connections.delete(id);
    }
    this.#changed.clear();
    this.#pending = [];
  }

  clear(): void {
    for (const map of [this.#connections, this.#bySocket, this.#byRequest, this.#byDebugger]) map.clear();
    this.#exactHeaders.clear();
    this.#changed.clear();
    this.#pending = [];
  }

  #claims(observation: HandshakeObservation): Map<string, string> {
    return fromDebugger(observation) ? this.#byDebugger : this.#byRequest;
  }

  #join(state: ConnectionState, observation: HandshakeObservation): ConnectionState {
    this.#claims(observation).set(observation.requestId, state.id);
    if (fromDebugger(observation) && observation.requestHeaders) this.#exactHeaders.add(state.id);
    const keepExact = !fromDebugger(observation) && this.#exactHeaders.has(state.id);
    return mergeObservation(state, keepExact ? { ...observation, requestHeaders: undefined } : observation);
  }

  #set(state: ConnectionState): void {
    this.#connections.set(state.id, state);
    this.#changed.add(state.id);
  }

  /**
   * The pending observations of a socket just opened: at most one per view (webRequest, debugger). A worker's socket
   * takes no debugger view of a page socket: its own comes from its session, by its key.
   */
  #takePending(socket: { url: string; at: number; frameId: number }): HandshakeObservation[] {
    const candidates = this.#pending.filter((p) => mayBeSameSocket(p, socket));
    const fromPage = socket.frameId === NO_FRAME ? undefined : candidates.find(fromDebugger);
    const taken = [candidates.find((p) => !fromDebugger(p)), fromPage].flatMap((p) => p ?? []);
    this.#pending = this.#pending.filter((p) => !taken.includes(p));
    return taken;
  }
}
