import type { IncomingMessage } from 'node:http';
import { remoteAddress } from './http-auth.ts';
import type { HttpHeaderPair } from './reply.ts';
import type { RecordedRequest } from './server-types.ts';

function headerPairs(rawHeaders: readonly string[]): HttpHeaderPair[] {
  const pairs: HttpHeaderPair[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    pairs.push([rawHeaders[index] ?? '', rawHeaders[index + 1] ?? '']);
  }
  return pairs;
}

/** What reached this origin on its WebSocket endpoint, so proxy tests can check exactly what was forwarded. */
export class RequestLog {
  private entries: RecordedRequest[] = [];
  accepted = 0;
  rejected = 0;

  constructor(private readonly clock: () => number) {}

  record(request: IncomingMessage, upgrade: boolean, status: number): void {
    if (status === 101) this.accepted += 1;
    else if (upgrade) this.rejected += 1;
    this.entries.push({
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      httpVersion: request.httpVersion,
      headers: headerPairs(request.rawHeaders),
      remoteAddress: remoteAddress(request),
      remotePort: request.socket.remotePort ?? 0,
      upgrade,
      status,
      at: this.clock(),
    });
  }

  all(): RecordedRequest[] {
    return this.entries.map((entry) => ({ ...entry, headers: entry.headers.map(([n, v]): HttpHeaderPair => [n, v]) }));
  }

  clear(): void {
    this.entries = [];
  }
}
