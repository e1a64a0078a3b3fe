import type { IncomingMessage } from 'node:http';
import { authenticateJames } from './james-auth.ts';
import { jamesProblem } from './problem.ts';
import type { ServerContext } from './server-context.ts';
import { acceptAs, type HandshakeDecision, replyWith, websocketHeadersValid } from './upgrade-headers.ts';

/**
 * James / tmail-backend `GET /jmap/ws`: authenticate first (a ticket is consumed here), then `sendWebsocket`.
 * FACTS leaves the status of an authenticated non-upgrade request open; this model answers the 500 that
 * `ProblemDetails.forThrowable` gives any unexpected exception.
 */
export function jamesHandshake(
  context: ServerContext,
  request: IncomingMessage,
  isUpgrade: boolean,
): HandshakeDecision {
  const auth = authenticateJames(context, request);
  if (!auth.ok) return replyWith(auth.reply);
  if (!isUpgrade || !websocketHeadersValid(request)) {
    return replyWith(jamesProblem(500, 'not a WebSocket handshake request: missing upgrade'));
  }
  return acceptAs(auth.username);
}
