import { decodeBase64Text } from './base64.ts';

/** Who Basic credentials are for. The password is deliberately neither returned nor kept. */
export interface BasicIdentity {
  readonly user: string;
  readonly hasPassword: boolean;
}

const CONTROL_CHARACTER = /\p{Cc}/u;

/**
 * Decodes the base64 part of `Basic …` (RFC 7617: base64 of UTF-8 `user:password`, the user holds no colon).
 * Accepts standard or url-safe base64, padded or not. Undefined when it is not base64 of `user:password`.
 */
export function decodeBasic(credentials: string): BasicIdentity | undefined {
  const decoded = decodeBase64Text(credentials.trim());
  if (decoded === undefined || CONTROL_CHARACTER.test(decoded)) return undefined;
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), hasPassword: colon < decoded.length - 1 };
}
