import { headerValue } from '../core/model/http-header.ts';
import { CdpClock } from './cdp-clock.ts';
import { cdpFrame } from './cdp-frame.ts';
import { cdpHeaders, cdpStatusLine, offeredProtocols } from './cdp-headers.ts';
import type { DeepEvent, WorkerSocketEvent } from './deep-event.ts';
import type { HandshakeObservation } from './handshake-observation.ts';

type Params = Record<string, unknown>;

/** A debugger session of a tab: the page (or one of its frames), or a worker with its script URL. */
export interface SessionInfo {
  readonly workerUrl?: string;
}

interface Socket {
  readonly key: string;
  readonly url: string;
  readonly workerUrl?: string;
  readonly clock: CdpClock;
  observation?: HandshakeObservation;
  announced?: boolean;
}

const field = (value: unknown): Params => (typeof value === 'object' && value !== null ? (value as Params) : {});

/**
 * Turns one tab's CDP `Network.webSocket*` events into DeepEvents. A socket is known from `webSocketCreated` on (its
 * URL comes only there); events of sockets created before the debugger attached are left out.
 */
export class CdpSocketTranslator {
  readonly #sockets = new Map<string, Socket>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  translate(sessionKey: string, session: SessionInfo, method: string, params: Params): DeepEvent[] {
    const key = `${sessionKey}:${String(params.requestId)}`;
    if (method === 'Network.webSocketCreated') {
      if (typeof params.url === 'string') this.#created(key, params.url, session.workerUrl);
      return [];
    }
    const socket = this.#sockets.get(key);
    if (!socket) return [];
    if (method === 'Network.webSocketWillSendHandshakeRequest') return this.#request(socket, params);
    if (method === 'Network.webSocketHandshakeResponseReceived') return this.#response(socket, params);
    if (method === 'Network.webSocketFrameSent') return this.#frame(socket, params, 'sent');
    if (method === 'Network.webSocketFrameReceived') return this.#frame(socket, params, 'received');
    if (method === 'Network.webSocketFrameError') return this.#failed(socket, params);
    if (method === 'Network.webSocketClosed') return this.#closed(socket, params);
    return [];
  }

  /** A session went away (its worker ended, the debugger detached): its sockets are forgotten. */
  forgetSession(sessionKey: string): void {
    for (const key of this.#sockets.keys()) if (key.startsWith(`${sessionKey}:`)) this.#sockets.delete(key);
  }

  #created(key: string, url: string, workerUrl: string | undefined): void {
    const clock = new CdpClock(this.#now);
    this.#sockets.set(key, workerUrl === undefined ? { key, url, clock } : { key, url, workerUrl, clock });
  }

  #request(socket: Socket, params: Params): DeepEvent[] {
    socket.clock.anchor(params.wallTime, params.timestamp);
    const startedAt = socket.clock.at(params.timestamp);
    const requestHeaders = cdpHeaders(field(params.request).headers);
    const observation: HandshakeObservation = {
      requestId: `cdp:${socket.key}`,
      url: socket.url,
      startedAt,
      source: 'debugger',
      ...(requestHeaders ? { requestHeaders } : {}),
    };
    socket.observation = observation;
    if (socket.workerUrl === undefined) return [{ kind: 'page', observation }];
    const open = { type: 'open', at: startedAt, url: socket.url, workerUrl: socket.workerUrl } as const;
    return this.#worker(socket, [
      { ...open, protocols: offeredProtocols(requestHeaders) },
      { type: 'handshake', observation },
    ]);
  }

  #response(socket: Socket, params: Params): DeepEvent[] {
    const at = socket.clock.at(params.timestamp);
    const response = field(params.response);
    const status = typeof response.status === 'number' ? response.status : undefined;
    const responseHeaders = cdpHeaders(response.headers);
    const sentHeaders = cdpHeaders(response.requestHeaders);
    const statusLine = cdpStatusLine(response.headersText);
    const observation = this.#observe(socket, at, {
      ...(status === undefined ? {} : { status }),
      ...(statusLine ? { statusLine } : {}),
      ...(responseHeaders ? { responseHeaders } : {}),
      // What went on the wire, when CDP has it, is even more exact than what was about to be sent.
      ...(sentHeaders?.length ? { requestHeaders: sentHeaders } : {}),
      endedAt: at,
    });
    if (socket.workerUrl === undefined) return [{ kind: 'page', observation }];
    const handshake: WorkerSocketEvent = { type: 'handshake', observation };
    if (status !== 101) return this.#worker(socket, [handshake]);
    const protocol = headerValue(responseHeaders, 'sec-websocket-protocol') ?? '';
    const extensions = headerValue(responseHeaders, 'sec-websocket-extensions') ?? '';
    return this.#worker(socket, [handshake, { type: 'opened', at, protocol, extensions }]);
  }

  #frame(socket: Socket, params: Params, dir: 'sent' | 'received'): DeepEvent[] {
    // A page socket's frames are the page hook's already: stored once, from there.
    const frame = socket.workerUrl === undefined ? undefined : cdpFrame(params.response);
    if (!frame) return [];
    return this.#worker(socket, [{ type: 'frame', at: socket.clock.at(params.timestamp), dir, ...frame }]);
  }

  #failed(socket: Socket, params: Params): DeepEvent[] {
    const at = socket.clock.at(params.timestamp);
    const message = typeof params.errorMessage === 'string' ? params.errorMessage : '';
    if (socket.workerUrl === undefined) return this.#pageEnded(socket, at);
    return this.#worker(socket, [{ type: 'error', at, message }]);
  }

  #closed(socket: Socket, params: Params): DeepEvent[] {
    const at = socket.clock.at(params.timestamp);
    this.#sockets.delete(socket.key);
    if (socket.workerUrl === undefined) return this.#pageEnded(socket, at);
    return this.#worker(socket, [{ type: 'closed', at }]);
  }

  /** A page socket that ended without a response: its observation is complete, so it stops waiting for a match. */
  #pageEnded(socket: Socket, at: number): DeepEvent[] {
    if (!socket.observation || socket.observation.endedAt !== undefined) return [];
    return [{ kind: 'page', observation: this.#observe(socket, at, { endedAt: at }) }];
  }

  #observe(socket: Socket, at: number, change: Partial<HandshakeObservation>): HandshakeObservation {
    const base = socket.observation ?? { requestId: `cdp:${socket.key}`, url: socket.url, startedAt: at };
    socket.observation = { ...base, ...change, source: 'debugger' };
    return socket.observation;
  }

  /** A worker socket that failed before its handshake started still becomes a connection, opened when it failed. */
  #worker(socket: Socket, events: readonly WorkerSocketEvent[]): DeepEvent[] {
    const first = events[0];
    const missingOpen = !socket.announced && first && first.type !== 'open' && first.type !== 'handshake';
    const open: WorkerSocketEvent[] =
      missingOpen && socket.workerUrl !== undefined
        ? [{ type: 'open', at: first.at, url: socket.url, protocols: [], workerUrl: socket.workerUrl }]
        : [];
    socket.announced = true;
    return [...open, ...events].map((event) => ({ kind: 'worker', key: socket.key, event }));
  }
}
