/**
 * Where tmail-backend mints tickets for a WebSocket URL when no session was seen: `<http origin>/jmap/ws/ticket`
 * (FACTS §2; its `X-JMAP-PREFIX` may move it, so the caller offers it as an editable guess). Undefined for a URL that
 * is not ws:// or wss://.
 */
export function defaultTicketEndpoint(webSocketUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(webSocketUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return undefined;
  return `${url.protocol === 'wss:' ? 'https' : 'http'}://${url.host}/jmap/ws/ticket`;
}
