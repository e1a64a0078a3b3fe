import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { decideHandshake, isWebSocketPath } from './handshake.ts';
import { notFoundReply } from './problem.ts';
import { writeRawReply } from './reply.ts';
import type { ServerContext } from './server-context.ts';
import type { WebSocketAcceptor } from './ws-acceptor.ts';

/** Every HTTP/1.1 upgrade request: recorded, then rejected with the flavor's answer or handed to the acceptor. */
export function handleUpgrade(
  context: ServerContext,
  acceptor: WebSocketAcceptor,
  request: IncomingMessage,
  socket: Duplex,
  head: Buffer,
): void {
  socket.on('error', () => socket.destroy());
  const decision = isWebSocketPath(context, request)
    ? decideHandshake(context, request, true)
    : { kind: 'reply' as const, reply: notFoundReply(context.flavor) };
  if (decision.kind === 'reply') {
    context.log.record(request, true, decision.reply.status);
    writeRawReply(socket, decision.reply);
    return;
  }
  context.log.record(request, true, 101);
  acceptor.accept(request, socket, head, decision.username);
}
