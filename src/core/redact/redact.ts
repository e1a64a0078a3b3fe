import { findTextSecrets } from '../secrets/scan-text.ts';
import { fingerprint } from './fingerprint.ts';
import { wireForms } from './wire-forms.ts';

export { fingerprint } from './fingerprint.ts';

interface Span {
  readonly start: number;
  end: number;
  readonly replacement: string;
}

const ESCAPE = /%[0-9a-f]{2}/gi;

/** `%3d` and `%3D` are the same byte; forms are keyed with upper-case escapes. */
function upperEscapes(text: string): string {
  return text.replace(ESCAPE, (hex) => hex.toUpperCase());
}

function formPattern(form: string): string {
  return form
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%([0-9A-F])([0-9A-F])/g, (_, high: string, low: string) => `%${hexClass(high)}${hexClass(low)}`);
}

function hexClass(digit: string): string {
  return /[A-F]/.test(digit) ? `[${digit}${digit.toLowerCase()}]` : digit;
}

function replacementsFor(secrets: readonly string[]): Map<string, string> {
  const replacements = new Map<string, string>();
  for (const secret of secrets) {
    const replacement = fingerprint(secret);
    for (const form of wireForms(secret)) {
      const key = upperEscapes(form);
      if (!replacements.has(key)) replacements.set(key, replacement);
    }
  }
  return replacements;
}

/**
 * Where secrets sit in the text. Every start position is tried (a zero-width lookahead), longest form first, and
 * overlapping matches merge, so two overlapping secrets can never leave a piece of either behind.
 */
function secretSpans(text: string, replacements: ReadonlyMap<string, string>): Span[] {
  const forms = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?=(${forms.map(formPattern).join('|')}))`, 'g');
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const form = match[1] ?? '';
    const end = match.index + form.length;
    const last = spans.at(-1);
    if (last && match.index < last.end) last.end = Math.max(last.end, end);
    else spans.push({ start: match.index, end, replacement: replacements.get(upperEscapes(form)) ?? '' });
  }
  return spans;
}

/**
 * The one redaction used by every output: each known secret (in every wire form) and each secret the scanners find
 * in the text by themselves becomes `[REDACTED:xxxxxx]`, the same fingerprint for the same secret. Never throws.
 */
export function redact(text: string, secrets: Iterable<string> = []): string {
  const replacements = replacementsFor([...secrets, ...findTextSecrets(text).map((found) => found.secret)]);
  if (replacements.size === 0) return text;
  let redacted = '';
  let copied = 0;
  for (const span of secretSpans(text, replacements)) {
    redacted += text.slice(copied, span.start) + span.replacement;
    copied = span.end;
  }
  return redacted + text.slice(copied);
}

/** A URL with every credential value replaced, names and structure kept: `…/ws?access_token=[REDACTED:3fa9c1]`. */
export function redactUrl(url: string): string {
  return redact(url);
}
