import type { QueryEncoding } from '../url/decode-query-value.ts';

const ESCAPE = /%[0-9A-Fa-f]{2}/g;
const DOUBLE_ESCAPE = /%25[0-9A-Fa-f]{2}/g;
const MAX_ESCAPES_SHOWN = 4;

function escapesIn(raw: string, pattern: RegExp): string[] {
  const escapes = new Set((raw.match(pattern) ?? []).map((found) => found.toUpperCase()));
  return [...escapes].slice(0, MAX_ESCAPES_SHOWN);
}

/** How a query value was written, naming the escapes seen (never the value). */
export function describeQueryEncoding(raw: string, encoding: QueryEncoding): string {
  const escapes = escapesIn(raw, ESCAPE);
  switch (encoding) {
    case 'raw':
      return 'written raw, with no escapes';
    case 'form':
      return `written in form encoding as Dart and URLSearchParams produce it: ${['+ for space', ...escapes].join(', ')}`;
    case 'percent':
      return `written in percent encoding as encodeURIComponent produces it: ${escapes.join(', ')}`;
    case 'double': {
      const doubled = escapesIn(raw, DOUBLE_ESCAPE);
      return `encoded twice (${(doubled.length > 0 ? doubled : escapes).join(', ')}): something encoded an already encoded value`;
    }
  }
}
