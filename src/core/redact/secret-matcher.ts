import { fingerprint, isRedacted } from './fingerprint.ts';
import { wireForms } from './wire-forms.ts';

/** One written form of a secret found in a text, with the fingerprint that replaces it. */
export interface FormMatch {
  readonly index: number;
  readonly length: number;
  readonly replacement: string;
}

/** Every wire form of a list of secrets in one pattern, longest first, each form with its secret's fingerprint. */
export interface SecretMatcher {
  /** Keyed by the form with upper-case escapes. */
  readonly replacements: ReadonlyMap<string, string>;
  /** Undefined when the list has no form long enough to look for. */
  readonly pattern: RegExp | undefined;
}

const ESCAPE = /%[0-9a-f]{2}/gi;
/** The panel and every export redact many texts against the same list; a few lists at a time are in use. */
const REMEMBERED_LISTS = 16;
const remembered = new Map<string, SecretMatcher>();

/** `%3d` and `%3D` are the same byte; forms are keyed with upper-case escapes. */
function upperEscapes(text: string): string {
  return text.replace(ESCAPE, (hex) => hex.toUpperCase());
}

function hexClass(digit: string): string {
  return /[A-F]/.test(digit) ? `[${digit}${digit.toLowerCase()}]` : digit;
}

function formPattern(form: string): string {
  return form
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%([0-9A-F])([0-9A-F])/g, (_, high: string, low: string) => `%${hexClass(high)}${hexClass(low)}`);
}

function replacementsFor(secrets: readonly string[]): Map<string, string> {
  const replacements = new Map<string, string>();
  for (const secret of secrets) {
    // A value holding a fingerprint (an imported, redacted file: `Basic [REDACTED:fe9744]`) hides nothing any more;
    // fingerprinting it again would give the file's fingerprint another one on every export.
    if (isRedacted(secret)) continue;
    const replacement = fingerprint(secret);
    for (const form of wireForms(secret)) {
      const key = upperEscapes(form);
      if (!replacements.has(key)) replacements.set(key, replacement);
    }
  }
  return replacements;
}

/** The matcher of a list; where two secrets share a form, the first one's fingerprint wins. */
export function buildMatcher(secrets: readonly string[]): SecretMatcher {
  const replacements = replacementsFor(secrets);
  const forms = [...replacements.keys()].sort((a, b) => b.length - a.length);
  // A zero-width lookahead tries every start position, so overlapping forms are all seen.
  const pattern = forms.length === 0 ? undefined : new RegExp(`(?=(${forms.map(formPattern).join('|')}))`, 'g');
  return { replacements, pattern };
}

/**
 * `buildMatcher`, built once per distinct list: turning a list into forms and a pattern costs far more than matching
 * a short text. Lists are told apart by content, so one changed in place never gets a stale matcher.
 */
export function matcherFor(secrets: readonly string[]): SecretMatcher {
  const key = JSON.stringify(secrets);
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const matcher = buildMatcher(secrets);
  if (remembered.size >= REMEMBERED_LISTS) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, matcher);
  return matcher;
}

/** The longest form starting at each position where one starts, in text order. */
export function formMatches(text: string, matcher: SecretMatcher): FormMatch[] {
  if (matcher.pattern === undefined) return [];
  return [...text.matchAll(matcher.pattern)].map((match) => {
    const form = match[1] ?? '';
    return { index: match.index, length: form.length, replacement: matcher.replacements.get(upperEscapes(form)) ?? '' };
  });
}
