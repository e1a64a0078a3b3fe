import type { ReplayEncoding } from './endpoint-profile.ts';

const LONE_SURROGATE = /\p{Cs}/gu;
const SCHEME_SPACE = /^(Basic|Bearer) (?=\S)/i;

function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

/** Dart's `Uri.encodeQueryComponent`: every UTF-8 byte outside `A-Za-z0-9-._~` as `%XX`, space as `+` (FACTS §1.2). */
function formEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/**
 * Writes a query value the way a client would (the inverse of `decodeQueryValue`):
 * - `form`: Dart / URLSearchParams style, `+` for a space;
 * - `percent`: `encodeURIComponent`;
 * - `raw`: as a hand-built URL has it, only the space after `Basic`/`Bearer` written `+`. Check `rawValueProblem`
 *   first: a raw value must not hold what changes the URL's meaning.
 * Lone surrogates become U+FFFD, as in every UTF-8 encoder. Never throws.
 */
export function encodeQueryValue(value: string, encoding: ReplayEncoding): string {
  const text = wellFormed(value);
  if (encoding === 'form') return formEncode(text);
  if (encoding === 'percent') return encodeURIComponent(text);
  return text.replace(SCHEME_SPACE, '$1+');
}

/** Characters that a raw value cannot carry: they end the value, start an escape, or are cut or rewritten by URL parsing. */
const RAW_BREAKERS = /[&#%\s\p{Cc}]/u;

/** Why `value` cannot be sent with `raw` encoding (it would arrive as another value), or undefined when it can. */
export function rawValueProblem(value: string): string | undefined {
  const rest = value.replace(SCHEME_SPACE, '');
  if (RAW_BREAKERS.test(rest))
    return 'holds "&", "#", "%", a space or a control character, which raw encoding cannot carry';
  if (/^(Basic|Bearer)\+/i.test(value))
    return 'starts with "Basic+" or "Bearer+", which reads as the scheme and a space';
  return undefined;
}
