import type { HttpHeader } from './http-header.ts';

/**
 * Everything known about one WebSocket opening handshake. The page hook knows the URL and offered subprotocols;
 * webRequest or the debugger add status, headers and errors; a proxy or replay may add the response body.
 */
export interface HandshakeRecord {
  readonly url: string;
  /** Subprotocols the client offered (the `protocols` argument). */
  readonly protocols: readonly string[];
  /** Request headers when the browser exposes them; undefined when unknown (not the same as "none sent"). */
  readonly requestHeaders?: readonly HttpHeader[];
  /**
   * True when `requestHeaders` lack the ones the browser adds itself: Chromium shows extensions the handshake
   * headers before it adds an Authorization from its HTTP auth cache (measured) and its cookies.
   */
  readonly requestHeadersPartial?: boolean;
  readonly status?: number;
  readonly statusLine?: string;
  readonly responseHeaders?: readonly HttpHeader[];
  readonly responseBody?: string;
  /** The subprotocol the server chose (`WebSocket.protocol` after open, or `Sec-WebSocket-Protocol`). */
  readonly chosenProtocol?: string;
  readonly extensions?: string;
  /** Network error text such as `net::ERR_CONNECTION_REFUSED`. */
  readonly error?: string;
}

/** What the network layer (webRequest, the debugger) can tell of a handshake, beyond what the page knows. */
export type HandshakeNetworkView = Pick<
  HandshakeRecord,
  'requestHeaders' | 'requestHeadersPartial' | 'status' | 'statusLine' | 'responseHeaders' | 'error'
>;
