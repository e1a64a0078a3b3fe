import { DEFAULT_WS_PATH } from './parse-ws-path.ts';

/** What the proxy configuration form starts with for one connection; every field stays editable. */
export interface ProxyConfigInput {
  /** The JMAP server behind the proxy, `http://host:port` (the generator takes plain HTTP only). */
  readonly upstream: string;
  /** Where the proxy listens, `host:port`. */
  readonly listen: string;
  /** The WebSocket path the proxy rewrites. */
  readonly path: string;
}

export const DEFAULT_LISTEN = '127.0.0.1:8443';

/**
 * Behind a TLS-terminating proxy the JMAP server speaks plain HTTP at an address only its admin knows: a loopback
 * placeholder lets the configuration show at once, to be edited.
 */
export const TLS_UPSTREAM_PLACEHOLDER = 'http://127.0.0.1:8080';

/**
 * The connection's WebSocket URL as the defaults: a `ws://` origin as the `http://host:port` upstream (port always
 * written: the generator wants one), or the placeholder for `wss://`; its path; a loopback listen address. An
 * unreadable URL leaves the upstream empty so that the generator says what it needs.
 */
export function proxyConfigDefaults(webSocketUrl: string): ProxyConfigInput {
  let url: URL;
  try {
    url = new URL(webSocketUrl);
  } catch {
    return { upstream: '', listen: DEFAULT_LISTEN, path: DEFAULT_WS_PATH };
  }
  const secure = url.protocol === 'wss:' || url.protocol === 'https:';
  const upstream = secure ? TLS_UPSTREAM_PLACEHOLDER : `http://${url.hostname}:${url.port || '80'}`;
  return { upstream, listen: DEFAULT_LISTEN, path: url.pathname };
}

/** The URL a browser opens to reach the proxy at `listen` on `path` (plain ws://: the listen side has no TLS). */
export function proxyWebSocketUrl(input: Pick<ProxyConfigInput, 'listen' | 'path'>): string {
  return `ws://${input.listen}${input.path}`;
}
