import type { CloseInfo } from '../model/connection-record.ts';
import type { FrameData } from '../model/frame.ts';
import type { HandshakeRecord } from '../model/handshake-record.ts';
import type { HttpHeader } from '../model/http-header.ts';
import type { TicketMint } from '../model/ticket-mint.ts';

/** What the runner must open. */
export interface SocketRequest {
  readonly url: string;
  readonly protocols: readonly string[];
  /** `header` transport: the Authorization value to set on this handshake only (a DNR session rule in the browser). */
  readonly authorization?: string;
}

/** What the network layer saw of the handshake (webRequest, a proxy): merged into the replay's record. */
export type HandshakeDetails = Partial<
  Pick<
    HandshakeRecord,
    'requestHeaders' | 'requestHeadersPartial' | 'status' | 'statusLine' | 'responseHeaders' | 'responseBody' | 'error'
  >
>;

/** The runner calls these as the socket's events arrive (a browser WebSocket: open, message, error, close). */
export interface SocketListener {
  open(info: { readonly protocol: string; readonly extensions: string }): void;
  message(data: FrameData): void;
  /** The `error` event; `message` is the network error text when known (`net::ERR_CONNECTION_REFUSED`). */
  error(message: string): void;
  close(info: CloseInfo): void;
  /** May come at any time, also shortly after `close` (see `settleMs`). */
  handshake(details: HandshakeDetails): void;
}

export interface ReplaySocket {
  send(text: string): void;
  close(code: number, reason: string): void;
}

/** A real `WebSocket` in the panel, a fake one in tests. */
export type SocketFactory = (request: SocketRequest, listener: SocketListener) => ReplaySocket;

/** Time and timers, injected so tests run on a fake clock. */
export interface ReplayClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The POST that mints a ticket (FACTS §1.1: no body; TMail's Accept header; the credential as Authorization). */
export interface MintRequest {
  readonly url: string;
  readonly method: 'POST';
  readonly headers: readonly HttpHeader[];
}

/** Performs the mint and reads the answer (see `ticketMintOf`); rejects only when no HTTP answer came at all. */
export type TicketMinter = (request: MintRequest) => Promise<TicketMint>;
