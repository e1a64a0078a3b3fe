import type { IncomingMessage } from 'node:http';
import { remoteAddress, requestPath } from './http-auth.ts';
import { authenticateJames } from './james-auth.ts';
import { jamesProblem } from './problem.ts';
import { emptyReply, jsonReply, type Reply } from './reply.ts';
import type { ServerContext } from './server-context.ts';
import { ticketJson } from './ticket-store.ts';

export const TICKET_PATH = '/jmap/ws/ticket';

function mint(context: ServerContext, request: IncomingMessage): Reply {
  const auth = authenticateJames(context, request);
  if (!auth.ok) return auth.reply;
  return jsonReply(200, ticketJson(context.tickets.mint(auth.username, remoteAddress(request))));
}

/** A non-UUID answers HTTP 403 with a problem body whose `status` says 400 (the inconsistency of FACTS §2). */
function revoke(context: ServerContext, request: IncomingMessage, value: string): Reply {
  const auth = authenticateJames(context, request);
  if (!auth.ok) return auth.reply;
  const outcome = context.tickets.revoke(value, auth.username);
  if (outcome === 'revoked') return emptyReply(204);
  if (outcome === 'not-owner') return jamesProblem(403, 'Using ticket other accounts is forbidden');
  const body = { type: 'about:blank', status: 400, detail: `Invalid UUID string: ${value}` };
  return jsonReply(403, body);
}

/** tmail-backend `TicketRoutes`: POST mints, DELETE /{uuid} revokes; undefined when the request is not for them. */
export function ticketRoute(context: ServerContext, request: IncomingMessage): Reply | undefined {
  const path = requestPath(request);
  if (path === TICKET_PATH && request.method === 'POST') return mint(context, request);
  if (path.startsWith(`${TICKET_PATH}/`) && request.method === 'DELETE') {
    return revoke(context, request, path.slice(TICKET_PATH.length + 1));
  }
  return undefined;
}
