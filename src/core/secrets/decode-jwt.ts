import { decodeBase64Text } from './base64.ts';

/** The claims worth showing from a JWT (RFC 7519). Nothing is verified: the signature is never checked. */
export interface DecodedJwt {
  readonly alg: string;
  readonly typ?: string;
  readonly iss?: string;
  readonly sub?: string;
  readonly aud?: string | readonly string[];
  /** NumericDate claims, in seconds since the epoch. */
  readonly iat?: number;
  readonly exp?: number;
  readonly nbf?: number;
}

type JsonObject = Readonly<Record<string, unknown>>;

const SEGMENT = /^[A-Za-z0-9_-]+$/;

function decodeSegment(segment: string): JsonObject | undefined {
  if (!SEGMENT.test(segment)) return undefined;
  const text = decodeBase64Text(segment);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numericDate(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function audience(value: unknown): string | readonly string[] | undefined {
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value as string[];
  return text(value);
}

function presentOnly<T extends object>(claims: T): Partial<T> {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * Reads a compact JWS (`header.payload.signature`, base64url, empty signature allowed for `alg: none`). Undefined
 * for anything else, including a JOSE header without `alg`. Never throws.
 */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const [headerPart, payloadPart, signature, ...rest] = token.split('.');
  if (headerPart === undefined || payloadPart === undefined || signature === undefined || rest.length > 0)
    return undefined;
  if (signature !== '' && !SEGMENT.test(signature)) return undefined;
  const header = decodeSegment(headerPart);
  const payload = decodeSegment(payloadPart);
  const alg = text(header?.alg);
  if (!payload || alg === undefined) return undefined;
  const claims = {
    typ: text(header?.typ),
    iss: text(payload.iss),
    sub: text(payload.sub),
    aud: audience(payload.aud),
    iat: numericDate(payload.iat),
    exp: numericDate(payload.exp),
    nbf: numericDate(payload.nbf),
  };
  return { alg, ...presentOnly(claims) };
}

/** Seconds from `now` (epoch ms) until `exp`: negative once expired, undefined without `exp`. */
export function jwtSecondsLeft(jwt: DecodedJwt, now: number): number | undefined {
  return jwt.exp === undefined ? undefined : jwt.exp - now / 1000;
}

export function isJwtExpired(jwt: DecodedJwt, now: number): boolean {
  return (jwtSecondsLeft(jwt, now) ?? 0) < 0;
}

/** The lifetime the issuer granted, `exp − iat` in seconds; undefined when either claim is missing. */
export function jwtLifetimeSeconds(jwt: DecodedJwt): number | undefined {
  return jwt.exp === undefined || jwt.iat === undefined ? undefined : jwt.exp - jwt.iat;
}
