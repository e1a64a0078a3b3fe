import { resolveUrl } from './resolve-url.ts';

/**
 * - `browser`: what the WHATWG `WebSocket` constructor does: http → ws, https → wss, ws/wss kept.
 * - `tmail`: TMail's `ensureWebSocketUri()`: ws/wss kept, every other scheme becomes wss, so `http://` gives
 *   `wss://`, not `ws://` (FACTS §1.1).
 */
export type WebSocketSchemeRule = 'browser' | 'tmail';

function webSocketScheme(scheme: string, rule: WebSocketSchemeRule): string {
  if (scheme === 'ws' || scheme === 'wss') return scheme;
  return rule === 'tmail' || scheme === 'https' ? 'wss' : 'ws';
}

/**
 * Resolves an advertised WebSocket capability `url` (absolute, relative, or host-less like Cyrus's `wss:/jmap/ws/`)
 * against the session URL and gives it a WebSocket scheme. Undefined for unusable input; never throws.
 */
export function resolveWebSocketUrl(
  advertised: unknown,
  base?: string,
  rule: WebSocketSchemeRule = 'browser',
): string | undefined {
  const resolved = resolveUrl(advertised, base);
  if (resolved === undefined) return undefined;
  const url = new URL(resolved);
  url.protocol = webSocketScheme(url.protocol.slice(0, -1), rule);
  return url.href;
}
