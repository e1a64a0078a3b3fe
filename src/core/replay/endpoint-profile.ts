import type { QueryEncoding } from '../url/decode-query-value.ts';

/**
 * How the credential travels on a replay (issue 4 §1):
 * - `query-access-token`: `?access_token=<token>`, a bare Bearer token for a proxy to turn into a header;
 * - `query-authorization`: `?authorization=Basic …` or `Bearer …`, a whole header value;
 * - `ticket`: a fresh Linagora ticket minted per attempt from the session's generationEndpoint, then `?ticket=`;
 * - `header`: the extension sets `Authorization` on the handshake itself (a "virtual proxy");
 * - `none`: no credential at all.
 */
export const REPLAY_TRANSPORTS = ['query-access-token', 'query-authorization', 'ticket', 'header', 'none'] as const;
export type ReplayTransport = (typeof REPLAY_TRANSPORTS)[number];

/** How query values are written: `form` (Dart `Uri.encodeQueryComponent`, `+` for space), `percent`, `raw`. */
export const REPLAY_ENCODINGS = ['form', 'percent', 'raw'] as const;
export type ReplayEncoding = (typeof REPLAY_ENCODINGS)[number] & QueryEncoding;

export interface QueryParamPair {
  /** Decoded name. */
  readonly name: string;
  /** Decoded value; written with the profile's encoding. */
  readonly value: string;
}

/** A place to replay to. Never holds a credential: those are a `ReplayCredential`, stored apart by the caller. */
export interface EndpointProfile {
  readonly name: string;
  /** `ws://` or `wss://`, no credential parameter, no user-info, no fragment. */
  readonly url: string;
  readonly transport: ReplayTransport;
  readonly encoding: ReplayEncoding;
  /** Added to the query after what the URL already has (never a credential name). */
  readonly extraParams: readonly QueryParamPair[];
  /** Offered in `Sec-WebSocket-Protocol`; RFC 8887 wants `jmap`. */
  readonly subprotocols: readonly string[];
}

export const DEFAULT_SUBPROTOCOLS: readonly string[] = ['jmap'];
export const DEFAULT_ENCODING: ReplayEncoding = 'form';
