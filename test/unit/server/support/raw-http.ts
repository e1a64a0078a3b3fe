import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: [string, string][];
  body: string;
  /** Every value of one header, matched case-insensitively. */
  values(name: string): string[];
  json(): unknown;
}

function parseHead(head: string): { status: number; headers: [string, string][] } {
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 1).trim()];
  });
  return { status: Number(statusLine.split(' ')[1]), headers };
}

function response(status: number, headers: [string, string][], body: string): RawResponse {
  return {
    status,
    headers,
    body,
    values: (name) => headers.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v),
    json: () => JSON.parse(body),
  };
}

export interface RawRequestOptions {
  method?: string;
  /** Header lines sent byte for byte, e.g. `Connection: upgrade`. */
  headers?: string[];
  localAddress?: string;
}

/** Sends a hand-written HTTP/1.1 request so tests control every header byte; stops reading at a 101. */
export function rawRequest(url: string, options: RawRequestOptions = {}): Promise<RawResponse> {
  const target = new URL(url);
  const head = [`${options.method ?? 'GET'} ${target.pathname}${target.search} HTTP/1.1`, `Host: ${target.host}`];
  const request = `${[...head, ...(options.headers ?? [])].join('\r\n')}\r\n\r\n`;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: target.hostname, port: Number(target.port), localAddress: options.localAddress });
    let buffer = Buffer.alloc(0);
    socket.on('connect', () => socket.write(request));
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const { status, headers } = parseHead(buffer.subarray(0, end).toString('latin1'));
      const length = Number(headers.find(([n]) => n.toLowerCase() === 'content-length')?.[1] ?? 0);
      const body = buffer.subarray(end + 4);
      if (status !== 101 && body.length < length) return;
      socket.destroy();
      resolve(response(status, headers, body.subarray(0, length).toString('utf8')));
    });
  });
}

export const UPGRADE_HEADERS = [
  'Connection: Upgrade',
  'Upgrade: websocket',
  'Sec-WebSocket-Version: 13',
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
];

export function upgradeHeaders(...extra: string[]): string[] {
  return [...UPGRADE_HEADERS, ...extra];
}
