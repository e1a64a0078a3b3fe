import type { IncomingMessage } from 'node:http';
import { requestPath } from './http-auth.ts';
import type { ServerContext } from './server-context.ts';
import { cyrusHandshake } from './upgrade-cyrus.ts';
import type { HandshakeDecision } from './upgrade-headers.ts';
import { jamesHandshake } from './upgrade-james.ts';
import { stalwartHandshake } from './upgrade-stalwart.ts';

/** Whether a path is this flavor's WebSocket endpoint (Cyrus: anything that looks like it, to answer 404 itself). */
export function isWebSocketPath(context: ServerContext, request: IncomingMessage): boolean {
  const path = requestPath(request);
  if (context.flavor === 'cyrus') return path === '/jmap/ws' || path.startsWith('/jmap/ws/');
  return path === '/jmap/ws';
}

export function decideHandshake(
  context: ServerContext,
  request: IncomingMessage,
  isUpgrade: boolean,
): HandshakeDecision {
  if (context.flavor === 'stalwart') return stalwartHandshake(context, request, isUpgrade);
  if (context.flavor === 'cyrus') return cyrusHandshake(context, request, isUpgrade);
  return jamesHandshake(context, request, isUpgrade);
}
