/**
 * How a query value was written on the wire:
 * - `raw`: nothing to decode (or a literal `+` in a value with no other escapes, as a hand-built URL has);
 * - `form`: Dart's `Uri.encodeQueryComponent` / `URLSearchParams`: `+` for space and `%XX`;
 * - `percent`: `encodeURIComponent`: `%XX` only;
 * - `double`: encoded twice (`%253D`), as a proxy or client that re-encodes produces.
 */
export type QueryEncoding = 'raw' | 'form' | 'percent' | 'double';

export interface DecodedQueryValue {
  readonly value: string;
  readonly encoding: QueryEncoding;
}

const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const HAS_ESCAPE = /%[0-9A-Fa-f]{2}/;
const DOUBLE_ESCAPE = /%25[0-9A-Fa-f]{2}/i;
/**
 * `Basic+…` / `Bearer+…`: a `+` after an auth scheme is always the encoded space, even with no other escape. Only real
 * scheme names: a hand-built URL with a bare standard-base64 token (`q7Yd+4n/…`) keeps its `+`.
 */
const SCHEME_PLUS = /^(Basic|Bearer)\+(?=\S)/i;

/** Decodes `%XX` runs as UTF-8; a run that is not valid UTF-8 stays as written. Never throws. */
export function percentDecode(text: string): string {
  return text.replace(ESCAPE_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function formDecode(text: string): string {
  return percentDecode(text.replace(/\+/g, ' '));
}

export function decodeQueryValue(raw: string): DecodedQueryValue {
  if (DOUBLE_ESCAPE.test(raw)) return { value: formDecode(percentDecode(raw)), encoding: 'double' };
  if (HAS_ESCAPE.test(raw)) {
    if (raw.includes('+')) return { value: formDecode(raw), encoding: 'form' };
    const value = percentDecode(raw);
    // `Basic%2B…`: Dart's `Basic+…` percent-encoded once more, so that `+` is still the space.
    if (SCHEME_PLUS.test(value)) return { value: value.replace(SCHEME_PLUS, '$1 '), encoding: 'double' };
    return { value, encoding: 'percent' };
  }
  if (SCHEME_PLUS.test(raw)) return { value: raw.replace(SCHEME_PLUS, '$1 '), encoding: 'form' };
  return { value: raw, encoding: 'raw' };
}
