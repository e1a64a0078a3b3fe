import type { IncomingMessage } from 'node:http';
import { type AuthDecision, authorizationHeader, checkCredentials, splitAuthorization } from './http-auth.ts';
import { authenticateJames } from './james-auth.ts';
import { cyrusError, STALWART_UNAUTHORIZED } from './problem.ts';
import type { ServerContext } from './server-context.ts';

/** Stalwart reads only the header, split at the first space; every failure is the same 401 (FACTS §4). */
function authenticateStalwart(context: ServerContext, request: IncomingMessage): AuthDecision {
  const parts = splitAuthorization(authorizationHeader(request));
  const check = parts ? checkCredentials(parts, context.clock()) : undefined;
  return check?.ok ? check : { ok: false, reply: STALWART_UNAUTHORIZED };
}

function cyrusRealm(request: IncomingMessage): string {
  return (request.headers.host ?? 'localhost').replace(/:\d+$/, '');
}

/** Cyrus httpd: Basic or Bearer in the header; the 401 page carries the Basic challenge (FACTS §5). */
function authenticateCyrus(context: ServerContext, request: IncomingMessage): AuthDecision {
  const parts = splitAuthorization(authorizationHeader(request));
  const check = parts ? checkCredentials(parts, context.clock()) : undefined;
  if (check?.ok) return check;
  const challenge: [string, string] = ['WWW-Authenticate', `Basic realm="${cyrusRealm(request)}"`];
  return { ok: false, reply: cyrusError(401, 'Unauthorized', [challenge]) };
}

export function authenticate(context: ServerContext, request: IncomingMessage): AuthDecision {
  if (context.flavor === 'stalwart') return authenticateStalwart(context, request);
  if (context.flavor === 'cyrus') return authenticateCyrus(context, request);
  return authenticateJames(context, request);
}
