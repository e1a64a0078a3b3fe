import { createServer, type IncomingMessage, type Server } from 'node:http';
import { serveUpgradeTunnel } from './upgrade-tunnel.ts';

export interface ConvertingProxy {
  readonly origin: string;
  close(): Promise<void>;
}

/** The header a correct proxy builds from the query: `authorization` first, then `access_token`, decoded once. */
function authorizationFrom(url: URL): string | undefined {
  const authorization = url.searchParams.get('authorization');
  if (authorization) return authorization;
  const token = url.searchParams.get('access_token');
  return token ? `Bearer ${token}` : undefined;
}

function upstreamRequest(request: IncomingMessage, url: URL, upstreamHost: string): string {
  const header = authorizationFrom(url);
  url.searchParams.delete('authorization');
  url.searchParams.delete('access_token');
  const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i] ?? '';
    if (!/^(host|authorization)$/i.test(name)) lines.push(`${name}: ${request.rawHeaders[i + 1]}`);
  }
  lines.push(`Host: ${upstreamHost}`);
  if (header && !/[\r\n]/.test(header)) lines.push(`Authorization: ${header}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/**
 * A minimal reverse proxy for WebSocket upgrades that does what PROXIES.md's corrected configs do (decode the query
 * credential once, move it into `Authorization`, drop it from the URL), so scenario F2 can run without nginx.
 */
export function startConvertingProxy(upstream: string): Promise<ConvertingProxy> {
  const target = new URL(upstream);
  const server: Server = createServer((_request, response) => response.writeHead(426).end());
  return serveUpgradeTunnel(server, target, (request) =>
    upstreamRequest(request, new URL(request.url ?? '/', 'http://proxy'), target.host),
  );
}
