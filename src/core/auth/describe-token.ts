import { decodeJwt } from '../secrets/decode-jwt.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const HEX = /^[0-9a-f]+$/i;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const STANDARD_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const MAX_SHOWN_NAME = 64;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isJwtShaped(value: string): boolean {
  return JWT_SHAPE.test(value);
}

/** A name (user, subject) shown in evidence, cut short so a hostile value cannot flood the panel. */
export function shownName(name: string): string {
  return name.length > MAX_SHOWN_NAME ? `${name.slice(0, MAX_SHOWN_NAME)}…` : name;
}

function describeJwt(token: string): string {
  const jwt = decodeJwt(token);
  if (!jwt) return 'JWT-shaped (3 dot-separated segments), but not a decodable JWT';
  const parts = ['JWT', `alg ${shownName(jwt.alg)}`];
  if (jwt.sub !== undefined) parts.push(`sub ${shownName(jwt.sub)}`);
  return parts.join(', ');
}

/** The shape of a token, never its value: "JWT, alg RS256", "UUID", "standard base64, 44 chars". */
export function describeToken(token: string): string {
  if (isUuid(token)) return 'UUID';
  if (isJwtShaped(token)) return describeJwt(token);
  const length = `${token.length} chars`;
  if (HEX.test(token)) return `hex, ${length}`;
  if (ALPHANUMERIC.test(token)) return `alphanumeric, ${length}`;
  if (BASE64URL.test(token)) return `base64url, ${length}`;
  if (STANDARD_BASE64.test(token)) return `standard base64, ${length}`;
  return `opaque, ${length}`;
}
