import { decodeBase64Text } from '../secrets/base64.ts';
import { canonicalSecret } from './fingerprint.ts';

/** Shorter forms would match ordinary text; scanners never report such short values. */
const MIN_FORM_LENGTH = 3;
/** A password alone is only worth hunting when it cannot be an everyday word fragment. */
const MIN_PASSWORD_LENGTH = 6;
/** One separator only: in `Bearer+%2BAbc` the `%2B` belongs to the token; `%2B` separates only in `Basic%2B…`. */
const SCHEME_PREFIX = /^(?:Basic|Bearer)(?:\s+|\+|%20|%2B|%2520)/i;
const CONTROL_CHARACTER = /\p{Cc}/u;

function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Dart's `Uri.encodeQueryComponent` and URLSearchParams (FACTS §1.2): `+` for space, `!'()*` escaped too. */
function formEncode(text: string): string {
  return percentEncode(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

function encodingsOfValue(value: string): string[] {
  const percent = percentEncode(value);
  const form = formEncode(value);
  return [value, percent, form, percentEncode(percent), percentEncode(form), JSON.stringify(value).slice(1, -1)];
}

/** Basic credentials decode to `user:password`: that pair, and the password alone, are the same secret. */
function decodedBasicValues(canonical: string): string[] {
  const decoded = decodeBase64Text(canonical);
  const colon = decoded?.indexOf(':') ?? -1;
  if (decoded === undefined || colon < 1 || CONTROL_CHARACTER.test(decoded)) return [];
  const password = decoded.slice(colon + 1);
  return password.length >= MIN_PASSWORD_LENGTH ? [decoded, password] : [decoded];
}

/**
 * Every way a secret can be written in captured text: raw, Dart/URLSearchParams form encoding, percent encoding,
 * double encoding, JSON string escaping; for Basic credentials also the decoded `user:password` and the password.
 * Never the scheme word: redaction keeps `Bearer ` and `Basic+` so the text stays readable.
 */
export function wireForms(secret: string): string[] {
  const canonical = canonicalSecret(secret);
  const asWritten = secret.trim().replace(SCHEME_PREFIX, '');
  const values = [canonical, asWritten, ...decodedBasicValues(canonical)];
  const forms = new Set(values.flatMap(encodingsOfValue));
  return [...forms].filter((form) => form.length >= MIN_FORM_LENGTH);
}
