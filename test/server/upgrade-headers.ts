import type { IncomingMessage } from 'node:http';
import type { Reply } from './reply.ts';

export type HandshakeDecision = { kind: 'accept'; username: string } | { kind: 'reply'; reply: Reply };

export function acceptAs(username: string): HandshakeDecision {
  return { kind: 'accept', username };
}

export function replyWith(reply: Reply): HandshakeDecision {
  return { kind: 'reply', reply };
}

function tokens(value: string | undefined): string[] {
  return (value ?? '').split(',').map((token) => token.trim().toLowerCase());
}

const WEBSOCKET_KEY = /^[+/0-9A-Za-z]{22}==$/;

function keyAndVersionValid(request: IncomingMessage): boolean {
  const key = request.headers['sec-websocket-key'];
  return typeof key === 'string' && WEBSOCKET_KEY.test(key.trim()) && request.headers['sec-websocket-version'] === '13';
}

/** RFC 6455 §4.2.1 as most servers apply it: token lists, case-insensitive. */
export function websocketHeadersValid(request: IncomingMessage): boolean {
  return (
    tokens(request.headers.connection).includes('upgrade') &&
    tokens(request.headers.upgrade).includes('websocket') &&
    keyAndVersionValid(request)
  );
}

/** Stalwart before 0.16.6 compared the raw values: `Connection: Upgrade` and `Upgrade: websocket` exactly. */
export function exactUpgradeHeadersValid(request: IncomingMessage): boolean {
  return (
    request.headers.connection === 'Upgrade' && request.headers.upgrade === 'websocket' && keyAndVersionValid(request)
  );
}
