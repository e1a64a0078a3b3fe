import { type HttpHeaderPair, jsonReply, type Reply } from './reply.ts';

/** James `ProblemDetails` as `ResponseSerializer` writes it: `application/json`, no title (FACTS §3). */
export function jamesProblem(status: number, detail: string, headers: HttpHeaderPair[] = []): Reply {
  const reply = jsonReply(status, { type: 'about:blank', status, detail });
  return { ...reply, headers: [...reply.headers, ...headers] };
}

export function stalwartProblem(status: number, title: string, detail: string, headers: HttpHeaderPair[] = []): Reply {
  const reply = jsonReply(status, { type: 'about:blank', status, title, detail }, 'application/problem+json');
  return { ...reply, headers: [...headers, ...reply.headers] };
}

export const STALWART_UNAUTHORIZED: Reply = stalwartProblem(401, 'Unauthorized', 'You have to authenticate first.', [
  ['WWW-Authenticate', 'Bearer realm="Stalwart Server", resource_metadata="/.well-known/oauth-protected-resource"'],
  ['WWW-Authenticate', 'Basic realm="Stalwart Server"'],
]);

export const STALWART_UPGRADE_FAILED: Reply = stalwartProblem(400, 'Invalid parameters', 'WebSocket upgrade failed');

/** Cyrus httpd error pages are HTML; the exact markup is not modelled, only the status and the challenge. */
export function cyrusError(status: number, text: string, headers: HttpHeaderPair[] = []): Reply {
  const body = `<!DOCTYPE html><html><head><title>${status} ${text}</title></head><body><h1>${text}</h1></body></html>`;
  return { status, headers: [...headers, ['Content-Type', 'text/html; charset=utf-8']], body };
}

export function notFoundReply(flavor: string): Reply {
  if (flavor === 'stalwart') {
    return stalwartProblem(404, 'Not Found', 'The requested resource does not exist on this server.');
  }
  if (flavor === 'cyrus') return cyrusError(404, 'Not Found');
  return { status: 404, headers: [], body: '' };
}
