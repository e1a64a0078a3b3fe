/** The reverse proxies the generator writes configurations for. */
export type ProxyKind = 'nginx' | 'caddy' | 'haproxy' | 'traefik';

export const PROXY_KINDS: readonly ProxyKind[] = ['nginx', 'caddy', 'haproxy', 'traefik'];

export function isProxyKind(text: string): text is ProxyKind {
  return (PROXY_KINDS as readonly string[]).includes(text);
}
