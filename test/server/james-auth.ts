import type { IncomingMessage } from 'node:http';
import { type AuthDecision, authorizationHeader, queryParameter, remoteAddress } from './http-auth.ts';
import { jamesProblem } from './problem.ts';
import { hasTickets, type ServerContext } from './server-context.ts';
import { isTicketValue } from './ticket-store.ts';
import { checkBasic, checkBearer } from './users.ts';

function unauthorized(detail: string): AuthDecision {
  return { ok: false, reply: jamesProblem(401, detail) };
}

/** `WWW-Authenticate` lists every configured strategy's challenge, in configuration order (FACTS §3, F5b). */
export function jamesChallenge(context: ServerContext): string {
  const challenges = ['Basic realm="simple"', 'Bearer realm="JWT"'];
  if (hasTickets(context)) challenges.push(`Ticket realm="${context.origin()}"`);
  return challenges.join(', ');
}

function ticketStrategy(context: ServerContext, request: IncomingMessage, ticket: string): AuthDecision {
  if (!isTicketValue(ticket)) return unauthorized('Invalid ticket passed as a query parameter');
  const validation = context.tickets.validate(ticket, remoteAddress(request));
  return validation.ok ? validation : unauthorized('User is forbidden to use this ticket');
}

/**
 * James `Authenticator`: the strategies run in order (Basic, JWT, then tmail-backend's Ticket) and the first that
 * recognises its credential decides. Basic and JWT only look at headers with the exact `Basic `/`Bearer ` prefix.
 */
export function authenticateJames(context: ServerContext, request: IncomingMessage): AuthDecision {
  const header = authorizationHeader(request) ?? '';
  if (header.startsWith('Basic ')) {
    const check = checkBasic(header.slice('Basic '.length));
    return check.ok ? check : unauthorized('Wrong credentials provided');
  }
  if (header.startsWith('Bearer ')) {
    const check = checkBearer(header.slice('Bearer '.length), context.clock());
    return check.ok ? check : unauthorized('Failed Jwt verification');
  }
  const ticket = hasTickets(context) ? queryParameter(request, 'ticket') : null;
  if (ticket !== null) return ticketStrategy(context, request, ticket);
  return {
    ok: false,
    reply: jamesProblem(401, 'No valid authentication methods provided', [
      ['WWW-Authenticate', jamesChallenge(context)],
    ]),
  };
}
