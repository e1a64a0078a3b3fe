import { type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

export type HttpHeaderPair = [name: string, value: string];

/** A complete HTTP answer, independent of whether it goes out through `ServerResponse` or a raw upgrade socket. */
export interface Reply {
  status: number;
  headers: HttpHeaderPair[];
  body: string;
}

export function jsonReply(status: number, value: unknown, contentType = 'application/json'): Reply {
  return { status, headers: [['Content-Type', contentType]], body: JSON.stringify(value) };
}

export function emptyReply(status: number, headers: HttpHeaderPair[] = []): Reply {
  return { status, headers, body: '' };
}

export function withHeaders(reply: Reply, headers: readonly HttpHeaderPair[]): Reply {
  return { ...reply, headers: [...reply.headers, ...headers] };
}

export function writeReply(response: ServerResponse, reply: Reply): void {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of reply.headers) {
    grouped.set(name, [...(grouped.get(name) ?? []), value]);
  }
  for (const [name, values] of grouped) {
    response.setHeader(name, values.length === 1 ? (values[0] ?? '') : values);
  }
  response.statusCode = reply.status;
  response.end(reply.body);
}

/** Answers an upgrade request that will not be upgraded, then closes the socket like a non-keep-alive server. */
export function writeRawReply(socket: Duplex, reply: Reply): void {
  const body = Buffer.from(reply.body, 'utf8');
  const lines = [
    `HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? ''}`,
    ...reply.headers.map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${body.length}`,
    'Connection: close',
  ];
  socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]));
}
