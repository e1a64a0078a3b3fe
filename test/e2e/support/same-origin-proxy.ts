import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { serveUpgradeTunnel } from './upgrade-tunnel.ts';

export interface SameOriginProxy {
  readonly origin: string;
  /** The blank page served at `/page/`, on the same origin as the proxied server. */
  readonly pageUrl: string;
  close(): Promise<void>;
}

const PAGE = '<!doctype html><title>same-origin page</title><p>same-origin page</p>';

function forwardHttp(request: IncomingMessage, response: ServerResponse, target: URL): void {
  const upstream = httpRequest(
    { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => response.destroy());
  request.pipe(upstream);
}

function rawUpgrade(request: IncomingMessage): string {
  const lines = [`${request.method} ${request.url} HTTP/1.1`];
  for (let i = 0; i < request.rawHeaders.length; i += 2)
    lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/**
 * Serves a plain page and forwards everything else (HTTP and WebSocket upgrades, headers untouched) to `upstream`,
 * so a page can share an origin, and therefore the browser's HTTP auth cache, with a test server that serves no page.
 */
export async function startSameOriginProxy(upstream: string): Promise<SameOriginProxy> {
  const target = new URL(upstream);
  const server: Server = createServer((request, response) => {
    if (request.url === '/page/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(PAGE);
      return;
    }
    forwardHttp(request, response, target);
  });
  const tunnel = await serveUpgradeTunnel(server, target, rawUpgrade);
  return {
    origin: tunnel.origin,
    pageUrl: `${tunnel.origin}/page/`,
    close: () => {
      const closed = tunnel.close();
      server.closeAllConnections();
      return closed;
    },
  };
}
