import type { IncomingHttpHeaders } from 'node:http';
import WebSocket, { type ClientOptions } from 'ws';

export interface OpenSocket {
  socket: WebSocket;
  upgradeHeaders: IncomingHttpHeaders;
  /** Resolves with the next text message (queued ones first). */
  next(timeoutMs?: number): Promise<string>;
  /**
   * Sends a `Core/echo` and resolves with the next message: the servers answer in order, so when that is the echo's
   * Response, everything sent before it was processed and nothing was pushed in between.
   */
  settle(): Promise<string>;
  pings: number;
  closed: Promise<{ code: number; reason: string }>;
}

export interface RejectedUpgrade {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const SYNC_REQUEST =
  '{"@type":"Request","id":"sync","using":["urn:ietf:params:jmap:core"],"methodCalls":[["Core/echo",{},"sync"]]}';

/** True for the Response to `settle()`'s echo, whatever the flavor's member order. */
export function isSyncResponse(text: string): boolean {
  const value = JSON.parse(text) as { '@type'?: unknown; requestId?: unknown };
  return value['@type'] === 'Response' && value.requestId === 'sync';
}

/** Polls until the condition holds (for timers such as server pings). */
export async function eventually(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export function wsUrl(httpOrigin: string, pathAndQuery: string): string {
  return `${httpOrigin.replace(/^http/, 'ws')}${pathAndQuery}`;
}

function track(socket: WebSocket, upgradeHeaders: IncomingHttpHeaders): OpenSocket {
  const queue: string[] = [];
  const waiters: ((text: string) => void)[] = [];
  const opened: OpenSocket = {
    socket,
    upgradeHeaders,
    pings: 0,
    next: (timeoutMs = 2000) =>
      new Promise((resolve, reject) => {
        const queued = queue.shift();
        if (queued !== undefined) return resolve(queued);
        const waiter = (text: string) => {
          clearTimeout(timer);
          resolve(text);
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error('no message'));
        }, timeoutMs);
        waiters.push(waiter);
      }),
    settle: () => {
      socket.send(SYNC_REQUEST);
      return opened.next();
    },
    closed: new Promise((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    ),
  };
  socket.on('message', (data, isBinary) => {
    if (isBinary) return;
    const waiter = waiters.shift();
    if (waiter) waiter(data.toString());
    else queue.push(data.toString());
  });
  socket.on('ping', () => {
    opened.pings += 1;
  });
  return opened;
}

/** Opens a WebSocket that must succeed; rejects with the HTTP answer otherwise. */
export function openSocket(url: string, options: ClientOptions & { protocols?: string[] } = {}): Promise<OpenSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, options.protocols ?? ['jmap'], options);
    let headers: IncomingHttpHeaders = {};
    socket.on('upgrade', (response) => {
      headers = response.headers;
    });
    socket.on('open', () => resolve(track(socket, headers)));
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on('end', () => reject({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    socket.on('error', reject);
  });
}

/** Attempts a WebSocket that must be refused, and returns the HTTP answer. */
export async function refusedUpgrade(url: string, options: ClientOptions & { protocols?: string[] } = {}) {
  try {
    const opened = await openSocket(url, options);
    opened.socket.terminate();
  } catch (error) {
    return error as RejectedUpgrade;
  }
  throw new Error(`upgrade to ${url} unexpectedly succeeded`);
}
