import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { splitScheme } from '../auth/split-scheme.ts';
import { decodeQueryValue } from '../url/decode-query-value.ts';

const FINGERPRINT_HEX_CHARS = 6;
const REDACTION_MARKER = /\[REDACTED:[0-9a-f]{6}\]/;

/**
 * The one value a secret stands for, whatever its wire form: the query encoding undone (`+`, `%XX`, double), then a
 * `Basic`/`Bearer` scheme word dropped. So `Basic+YWx…%3D`, `Basic YWx…=` and `YWx…=` are one secret (for Basic,
 * the base64 credential part), and a percent-encoded token is the same as the raw one.
 */
export function canonicalSecret(secret: string): string {
  return splitScheme(decodeQueryValue(secret.trim()).value.trim(), false).rest;
}

/** `[REDACTED:3fa9c1]`: the first 6 hex digits of SHA-256 of the canonical value, stable across encodings. */
export function fingerprint(secret: string): string {
  const digest = bytesToHex(sha256(utf8ToBytes(canonicalSecret(secret))));
  return `[REDACTED:${digest.slice(0, FINGERPRINT_HEX_CHARS)}]`;
}

/** A value holding a fingerprint was redacted already: scanners skip it, so redacting twice changes nothing. */
export function isRedacted(value: string): boolean {
  return REDACTION_MARKER.test(value);
}
