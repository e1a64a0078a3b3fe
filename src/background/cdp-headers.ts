import type { HttpHeader } from '../core/model/http-header.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * CDP `Network.Headers` (an object) as a header list. CDP joins repeated headers with a newline (two
 * `WWW-Authenticate` challenges arrive as one value), so each line is one header again. Undefined when not an object.
 */
export function cdpHeaders(headers: unknown): HttpHeader[] | undefined {
  if (!isObject(headers)) return undefined;
  return Object.entries(headers).flatMap(([name, value]) =>
    typeof value === 'string' ? value.split('\n').map((line) => ({ name, value: line })) : [],
  );
}

/** The status line as sent (`HTTP/1.1 101 Switching Protocols`): the first line of CDP's raw `headersText`. */
export function cdpStatusLine(headersText: unknown): string | undefined {
  if (typeof headersText !== 'string') return undefined;
  const line = headersText.split('\r\n', 1)[0]?.trim();
  return line?.startsWith('HTTP/') ? line : undefined;
}

/** The offered subprotocols, read back from the `Sec-WebSocket-Protocol` request header. */
export function offeredProtocols(headers: readonly HttpHeader[] | undefined): string[] {
  return (headers ?? [])
    .filter((header) => header.name.toLowerCase() === 'sec-websocket-protocol')
    .flatMap((header) => header.value.split(','))
    .map((protocol) => protocol.trim())
    .filter((protocol) => protocol !== '');
}
