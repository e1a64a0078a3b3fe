/** Types for the plain-JS demo module `tmail-client.js`. */
import type { DemoParams } from './tmail-gate.js';

export interface WebSocketLike {
  readonly protocol: string;
  send(data: string): void;
  close(): void;
  // biome-ignore lint/suspicious/noExplicitAny: browser and `ws` events differ; the client reads `data`/`code` only.
  addEventListener(type: string, listener: (event: any) => void): void;
}

export interface ClientDeps {
  params: DemoParams;
  fetch: typeof fetch;
  WebSocket: new (url: string, protocols: string[]) => WebSocketLike;
  log: (kind: string, text: string) => void;
  echoIntervalMs?: number;
  now?: () => number;
}

export function startTmailClient(deps: ClientDeps): { stop(): void; readonly finished: Promise<void> };
