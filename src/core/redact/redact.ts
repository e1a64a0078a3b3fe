import { findTextSecrets } from '../secrets/scan-text.ts';
import { buildMatcher, type FormMatch, formMatches, matcherFor } from './secret-matcher.ts';

export { fingerprint } from './fingerprint.ts';

interface Span {
  readonly start: number;
  end: number;
  readonly replacement: string;
}

/** Both lists of matches as one: where both match at a position, the longer form, else the first list's. */
function longestAt(first: readonly FormMatch[], second: readonly FormMatch[]): FormMatch[] {
  const merged: FormMatch[] = [];
  let j = 0;
  for (const a of first) {
    let b = second[j];
    while (b !== undefined && b.index < a.index) {
      merged.push(b);
      b = second[++j];
    }
    if (b?.index === a.index) j++;
    merged.push(b?.index === a.index && b.length > a.length ? b : a);
  }
  return [...merged, ...second.slice(j)];
}

/** Overlapping matches merge, so two overlapping secrets can never leave a piece of either behind. */
function secretSpans(matches: readonly FormMatch[]): Span[] {
  const spans: Span[] = [];
  for (const match of matches) {
    const end = match.index + match.length;
    const last = spans.at(-1);
    if (last && match.index < last.end) last.end = Math.max(last.end, end);
    else spans.push({ start: match.index, end, replacement: match.replacement });
  }
  return spans;
}

/** The known list's matcher is built once per list; what the text shows by itself is matched beside it. */
function matchesIn(text: string, secrets: Iterable<string>): FormMatch[] {
  const known = formMatches(text, matcherFor([...secrets]));
  const found = findTextSecrets(text).map((detected) => detected.secret);
  return found.length === 0 ? known : longestAt(known, formMatches(text, buildMatcher(found)));
}

/**
 * The one redaction used by every output: each known secret (in every wire form) and each secret the scanners find
 * in the text by themselves becomes `[REDACTED:xxxxxx]`, the same fingerprint for the same secret. Never throws.
 */
export function redact(text: string, secrets: Iterable<string> = []): string {
  let redacted = '';
  let copied = 0;
  for (const span of secretSpans(matchesIn(text, secrets))) {
    redacted += text.slice(copied, span.start) + span.replacement;
    copied = span.end;
  }
  return redacted + text.slice(copied);
}

/** A URL with every credential value replaced, names and structure kept: `…/ws?access_token=[REDACTED:3fa9c1]`. */
export function redactUrl(url: string): string {
  return redact(url);
}
