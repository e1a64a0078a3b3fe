import type { ConnectionState, PageEvent } from '../shared/protocol.ts';
import { type HandshakeObservation, MATCH_WINDOW_MS, sameSocketUrl } from './handshake-observation.ts';
import { mergeObservation } from './merge-observation.ts';

type OpenEvent = Extract<PageEvent, { type: 'open' }>;

/**
 * The connections of one tab, and how the two views of each meet: the page hook's socket (`document:socket`) and the
 * network's handshake (`requestId`). Whichever arrives first creates the connection; the other joins it.
 */
export class ConnectionTable {
  readonly #connections = new Map<string, ConnectionState>();
  readonly #bySocket = new Map<string, string>();
  readonly #byRequest = new Map<string, string>();
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
    const observation = this.#takePending(event.url, event.at, frameId);
    const joined = observation ? undefined : this.#networkOnlyMatch(event.url, event.at);
    const id = joined ?? `live:${socketKey}`;
    const base = this.#connections.get(id);
    const handshake = { ...base?.handshake, url: event.url, protocols: event.protocols ?? [] };
    const state: ConnectionState = base
      ? { ...base, handshake, createdAt: event.at }
      : { id, source: 'live', frameId, pageUrl, handshake, createdAt: event.at };
    this.#bySocket.set(socketKey, id);
    this.#set(observation ? this.#join(state, observation) : state);
  }

  update(id: string, change: (state: ConnectionState) => ConnectionState): void {
    const state = this.#connections.get(id);
    if (state) this.#set(change(state));
  }

  observe(observation: HandshakeObservation): void {
    const id = this.#byRequest.get(observation.requestId) ?? this.#liveMatch(observation);
    const state = id === undefined ? undefined : this.#connections.get(id);
    if (state) {
      this.#set(this.#join(state, observation));
      return;
    }
    this.#pending = [...this.#pending.filter((p) => p.requestId !== observation.requestId), observation];
  }

  /** Handshakes the page never reported (a worker's socket, a frame without the hook) become connections of their own. */
  promoteUnmatched(now: number, pageUrl: string): void {
    const stale = this.#pending.filter((p) => p.endedAt !== undefined && now - p.endedAt > MATCH_WINDOW_MS);
    this.#pending = this.#pending.filter((p) => !stale.includes(p));
    for (const observation of stale) {
      const state: ConnectionState = {
        id: `net:${observation.requestId}`,
        source: 'live',
        frameId: observation.frameId,
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
    for (const map of [this.#connections, this.#bySocket, this.#byRequest]) map.clear();
    this.#changed.clear();
    this.#pending = [];
  }

  #join(state: ConnectionState, observation: HandshakeObservation): ConnectionState {
    this.#byRequest.set(observation.requestId, state.id);
    return mergeObservation(state, observation);
  }

  #set(state: ConnectionState): void {
    this.#connections.set(state.id, state);
    this.#changed.add(state.id);
  }

  #takePending(url: string, at: number, frameId: number): HandshakeObservation | undefined {
    const match = this.#pending.find(
      (p) => p.frameId === frameId && sameSocketUrl(p.url, url) && Math.abs(p.startedAt - at) <= MATCH_WINDOW_MS,
    );
    if (match) this.#pending = this.#pending.filter((p) => p !== match);
    return match;
  }

  #liveMatch(observation: HandshakeObservation): string | undefined {
    const claimed = new Set(this.#byRequest.values());
    return this.all().find(
      (c) =>
        c.source === 'live' &&
        !claimed.has(c.id) &&
        c.frameId === observation.frameId &&
        sameSocketUrl(c.handshake.url, observation.url) &&
        Math.abs(c.createdAt - observation.startedAt) <= MATCH_WINDOW_MS,
    )?.id;
  }

  #networkOnlyMatch(url: string, at: number): string | undefined {
    const claimed = new Set(this.#bySocket.values());
    return this.all().find(
      (c) =>
        c.id.startsWith('net:') &&
        !claimed.has(c.id) &&
        sameSocketUrl(c.handshake.url, url) &&
        Math.abs(c.createdAt - at) <= MATCH_WINDOW_MS,
    )?.id;
  }
}
