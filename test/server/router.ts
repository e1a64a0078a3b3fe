import type { IncomingMessage, ServerResponse } from 'node:http';
import { controlRoute } from './control-routes.ts';
import { corsHeaders, preflightReply } from './cors.ts';
import { demoRoute } from './demo-routes.ts';
import { authenticate } from './flavor-auth.ts';
import { decideHandshake, isWebSocketPath } from './handshake.ts';
import { requestPath } from './http-auth.ts';
import { notFoundReply } from './problem.ts';
import { jsonReply, type Reply, withHeaders, writeReply } from './reply.ts';
import type { ServerContext } from './server-context.ts';
import { sessionJson } from './session-json.ts';
import { ticketRoute } from './ticket-routes.ts';

/** Cyrus serves its session on the API URL `/jmap/` too; every flavor answers the common `/jmap/session`. */
function isSessionPath(context: ServerContext, path: string): boolean {
  return path === '/jmap/session' || (context.flavor === 'cyrus' && (path === '/jmap/' || path === '/jmap'));
}

function sessionRoute(context: ServerContext, request: IncomingMessage): Reply {
  const auth = authenticate(context, request);
  if (!auth.ok) return auth.reply;
  const contentType = context.flavor === 'cyrus' ? 'application/json; charset=utf-8' : 'application/json';
  return jsonReply(200, sessionJson(context, auth.username), contentType);
}

function webSocketGet(context: ServerContext, request: IncomingMessage): Reply {
  const decision = decideHandshake(context, request, false);
  const reply = decision.kind === 'reply' ? decision.reply : notFoundReply(context.flavor);
  context.log.record(request, false, reply.status);
  return reply;
}

function jmapRoute(context: ServerContext, request: IncomingMessage): Reply {
  const path = requestPath(request);
  if (request.method === 'GET' && isWebSocketPath(context, request)) return webSocketGet(context, request);
  if (request.method === 'GET' && isSessionPath(context, path)) return sessionRoute(context, request);
  const ticket = context.flavor === 'tmail-backend' ? ticketRoute(context, request) : undefined;
  if (ticket) return ticket;
  if (context.flavor === 'cyrus' && path.startsWith('/jmap/')) {
    const auth = authenticate(context, request);
    if (!auth.ok) return auth.reply;
  }
  return notFoundReply(context.flavor);
}

async function route(context: ServerContext, request: IncomingMessage): Promise<Reply> {
  const path = requestPath(request);
  if (path.startsWith('/control/')) return controlRoute(context, request);
  if (request.method === 'OPTIONS') return preflightReply();
  if (path === '/demo' || path.startsWith('/demo/')) return demoRoute(request);
  return jmapRoute(context, request);
}

export async function handleRequest(context: ServerContext, request: IncomingMessage, response: ServerResponse) {
  const reply = await route(context, request).catch(() => jsonReply(500, { error: 'test server failure' }));
  writeReply(response, withHeaders(reply, corsHeaders(request)));
}
