import type { IncomingMessage } from 'node:http';
import { authenticate } from './flavor-auth.ts';
import { requestPath } from './http-auth.ts';
import { cyrusError } from './problem.ts';
import { emptyReply } from './reply.ts';
import type { ServerContext } from './server-context.ts';
import { acceptAs, type HandshakeDecision, replyWith, websocketHeadersValid } from './upgrade-headers.ts';

export const CYRUS_WS_PATH = '/jmap/ws/';

/**
 * Cyrus: httpd authenticates before `meth_get` parses the path, so a wrong path is 401 first and 404 once
 * authenticated; a GET on `/jmap/ws/` without an upgrade falls through to 204 (imap/http_jmap.c `meth_get`).
 */
export function cyrusHandshake(
  context: ServerContext,
  request: IncomingMessage,
  isUpgrade: boolean,
): HandshakeDecision {
  const auth = authenticate(context, request);
  if (!auth.ok) return replyWith(auth.reply);
  if (requestPath(request) !== CYRUS_WS_PATH) return replyWith(cyrusError(404, 'Not Found'));
  if (!isUpgrade || !websocketHeadersValid(request)) return replyWith(emptyReply(204));
  return acceptAs(auth.username);
}
