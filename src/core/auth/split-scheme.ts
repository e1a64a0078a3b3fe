const KNOWN_SCHEMES: ReadonlyMap<string, string> = new Map([
  ['basic', 'Basic'],
  ['bearer', 'Bearer'],
]);
const SCHEME_AND_REST = /^([A-Za-z][\w!#$%&'*+.^`|~-]*) +(.*)$/s;
/** Real scheme names (`Digest`, `Negotiate`, `SCRAM-SHA-256`) are short words; anything else may be a token. */
const SHOWABLE_SCHEME = /^[A-Za-z][A-Za-z0-9-]{0,19}$/;

export interface SchemeSplit {
  /** Known schemes in their usual spelling (`Basic`, `Bearer`), others as written. */
  readonly scheme?: string;
  /** What follows the scheme, or the whole value when there is none. */
  readonly rest: string;
}

/**
 * Splits `Basic dXNl…` into scheme and credentials. Any scheme word counts where a whole header value is expected
 * (`anyScheme`); elsewhere only Basic/Bearer do, since a bare token never holds a space. A lone `Basic` is a scheme
 * with nothing after it, as is `Basic+`.
 */
export function splitScheme(value: string, anyScheme: boolean): SchemeSplit {
  const match = SCHEME_AND_REST.exec(value.trim());
  const word = match?.[1];
  if (match && word) {
    const known = KNOWN_SCHEMES.get(word.toLowerCase());
    if (known) return { scheme: known, rest: (match[2] ?? '').trim() };
    if (anyScheme) return { scheme: word, rest: (match[2] ?? '').trim() };
  }
  // `Basic+` alone is Dart's `Basic ` with empty credentials (the decoder only reads `+` as a space before a token).
  const lone = KNOWN_SCHEMES.get(value.trim().replace(/\+$/, '').toLowerCase());
  return lone ? { scheme: lone, rest: '' } : { rest: value };
}

/** The scheme for evidence, quoted; a word that could be a token instead of a scheme name is not shown. */
export function shownScheme(scheme: string): string {
  return SHOWABLE_SCHEME.test(scheme) ? `"${scheme}"` : 'an unrecognised word';
}
