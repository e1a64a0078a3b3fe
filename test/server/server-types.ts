import type { HttpHeaderPair } from './reply.ts';

export type Flavor = 'tmail-backend' | 'james' | 'stalwart' | 'cyrus';

export const FLAVORS: readonly Flavor[] = ['tmail-backend', 'james', 'stalwart', 'cyrus'];

export interface JmapServerOptions {
  flavor: Flavor;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Milliseconds since the epoch; drives ticket expiry and token expiry. Default `Date.now`. */
  clock?: () => number;
  /** Server Ping frames; default: Stalwart 60 000 ms, the others none (James `websocket.ping.interval` unset). */
  pingIntervalMs?: number;
  /** Stalwart before 0.16.6: `Connection` must be exactly `Upgrade` and `Upgrade` exactly `websocket`. */
  stalwartCaseSensitiveUpgrade?: boolean;
  /** Origin advertised in the session and the Ticket realm instead of the listening one (for a proxy in front). */
  publicOrigin?: string;
  /** Cyrus only: replaces the host-less `wss:/jmap/ws/` capability URL so a client can really connect. */
  websocketUrl?: string;
  /** tmail-backend only: `tickets.ip.validation.enabled`, default true. */
  ticketIpValidation?: boolean;
}

export interface RecordedRequest {
  method: string;
  url: string;
  httpVersion: string;
  /** Header lines in the order and spelling received, duplicates kept. */
  headers: HttpHeaderPair[];
  remoteAddress: string;
  remotePort: number;
  /** True when Node saw an HTTP/1.1 upgrade request. */
  upgrade: boolean;
  /** The status the server answered (101 when the WebSocket was accepted). */
  status: number;
  at: number;
}

export interface ServerStats {
  openSockets: number;
  upgradesAccepted: number;
  upgradesRejected: number;
  ticketsMinted: number;
  ticketsUsed: number;
  ticketsRevoked: number;
}

export interface PushCommand {
  username?: string;
  types?: string[];
}

export interface PushResult {
  username: string;
  changed: Record<string, string>;
  delivered: number;
}

export interface CloseCommand {
  code?: number;
  reason?: string;
  /** Drop the TCP connections without a Close frame (the client sees 1006). */
  terminate?: boolean;
}

export interface ServerControl {
  push(command?: PushCommand): PushResult;
  closeAll(command?: CloseCommand): number;
  requests(): RecordedRequest[];
  clearRequests(): void;
  stats(): ServerStats;
}

export interface JmapServer {
  /** The HTTP origin, e.g. `http://127.0.0.1:8780`. */
  readonly url: string;
  readonly flavor: Flavor;
  readonly control: ServerControl;
  close(): Promise<void>;
}
