import type { IncomingMessage } from 'node:http';
import { remoteAddress, requestPath } from './http-auth.ts';
import { isRecord } from './jmap-api.ts';
import { emptyReply, jsonReply, type Reply } from './reply.ts';
import type { ServerContext } from './server-context.ts';
import type { CloseCommand, PushCommand, ServerControl } from './server-types.ts';
import { pushChange } from './state-change.ts';

export function createControl(context: ServerContext): ServerControl {
  return {
    push: (command) => pushChange(context, command),
    closeAll: (command) => context.hub.closeAll(command),
    requests: () => context.log.all(),
    clearRequests: () => context.log.clear(),
    stats: () => ({
      openSockets: context.hub.size,
      upgradesAccepted: context.log.accepted,
      upgradesRejected: context.log.rejected,
      ticketsMinted: context.tickets.minted,
      ticketsUsed: context.tickets.used,
      ticketsRevoked: context.tickets.revoked,
    }),
  };
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  const value: unknown = text === '' ? {} : JSON.parse(text);
  return isRecord(value) ? value : {};
}

function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1';
}

function pushCommand(body: Record<string, unknown>): PushCommand {
  const types = Array.isArray(body.types) ? body.types.filter((t): t is string => typeof t === 'string') : undefined;
  return { username: typeof body.username === 'string' ? body.username : undefined, types };
}

function closeCommand(body: Record<string, unknown>): CloseCommand {
  return {
    code: typeof body.code === 'number' ? body.code : undefined,
    reason: typeof body.reason === 'string' ? body.reason : undefined,
    terminate: body.terminate === true,
  };
}

/** `/control/*`: test hooks, no auth, loopback peers only. */
export async function controlRoute(context: ServerContext, request: IncomingMessage): Promise<Reply> {
  if (!isLoopback(remoteAddress(request))) return jsonReply(403, { error: 'control routes are loopback only' });
  const control = createControl(context);
  const route = `${request.method} ${requestPath(request)}`;
  try {
    if (route === 'POST /control/push') return jsonReply(200, control.push(pushCommand(await readJson(request))));
    if (route === 'POST /control/close') {
      return jsonReply(200, { closed: control.closeAll(closeCommand(await readJson(request))) });
    }
    if (route === 'GET /control/requests') return jsonReply(200, control.requests());
    if (route === 'DELETE /control/requests') {
      control.clearRequests();
      return emptyReply(204);
    }
    if (route === 'GET /control/stats') return jsonReply(200, control.stats());
  } catch {
    return jsonReply(400, { error: 'body must be JSON' });
  }
  return jsonReply(404, { error: `no control route ${route}` });
}
