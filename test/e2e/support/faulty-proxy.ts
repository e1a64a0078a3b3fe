import { createServer, type IncomingMessage, type Server } from 'node:http';
import { serveUpgradeTunnel } from './upgrade-tunnel.ts';

/**
 * The proxy mistakes of PROXIES.md a replay must expose: the token copied still URL-encoded, the Upgrade lost, idle
 * sockets cut after 30 s (a common load-balancer default; HAProxy's stock 50 s and nginx's 60 s behave the same).
 */
export type ProxyFault = 'no-decode' | 'drop-upgrade' | 'idle-cut';

/** How long the `idle-cut` proxy lets a socket stay quiet. */
export const IDLE_CUT_MS = 30_000;

export interface FaultyProxy {
  readonly origin: string;
  close(): Promise<void>;
}

/** `access_token` as it stands in the raw query: what nginx's `$arg_access_token` hands over, undecoded. */
function rawAccessToken(path: string): string | undefined {
  const query = path.split('?')[1] ?? '';
  const pair = query.split('&').find((part) => part.startsWith('access_token='));
  return pair?.slice('access_token='.length);
}

function upstreamRequest(request: IncomingMessage, fault: ProxyFault, upstreamHost: string): string {
  const path = request.url ?? '/';
  const token = rawAccessToken(path);
  const lines = [`GET ${path.split('?')[0]} HTTP/1.1`];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i] ?? '';
    const dropped =
      /^(host|authorization)$/i.test(name) || (fault === 'drop-upgrade' && /^(upgrade|connection)$/i.test(name));
    if (!dropped) lines.push(`${name}: ${request.rawHeaders[i + 1]}`);
  }
  lines.push(`Host: ${upstreamHost}`);
  if (fault === 'drop-upgrade') lines.push('Connection: close');
  if (token)
    lines.push(
      `Authorization: Bearer ${fault === 'no-decode' ? token : decodeURIComponent(token.replace(/\+/g, ' '))}`,
    );
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** A WebSocket reverse proxy with one of the mistakes PROXIES.md found in the widely copied recipes. */
export function startFaultyProxy(upstream: string, fault: ProxyFault): Promise<FaultyProxy> {
  const target = new URL(upstream);
  const server: Server = createServer((_request, response) => response.writeHead(426).end());
  const idleCutMs = fault === 'idle-cut' ? IDLE_CUT_MS : undefined;
  return serveUpgradeTunnel(server, target, (request) => upstreamRequest(request, fault, target.host), idleCutMs);
}
