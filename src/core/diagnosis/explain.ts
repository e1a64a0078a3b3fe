import type { CloseInfo } from '../model/connection-record.ts';
import { redact } from '../redact/redact.ts';
import { formatDuration } from '../secrets/format-duration.ts';
import type { ConnectionFacts } from './connection-facts.ts';

const MAX_QUOTE = 160;

/** `0.1 s`, `59.8 s`, `60 s`: durations in the explanations are always seconds. */
export function seconds(milliseconds: number): string {
  const rounded = Math.round(milliseconds / 100) / 10;
  return `${rounded} s`;
}

const LONG_MS = 120_000;

/** Seconds, with a readable form added for long spans: `59.8 s`, `2 h 5 min (7500 s)`. */
export function duration(milliseconds: number): string {
  if (!(Math.abs(milliseconds) >= LONG_MS)) return seconds(milliseconds);
  return `${formatDuration(milliseconds / 1000)} (${Math.round(milliseconds / 1000)} s)`;
}

/** Sentences joined into one paragraph; empty ones (optional notes that do not apply) are left out. */
export function sentences(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

/** Text from the server or browser with any secret of this connection masked, shortened when long. */
export function masked(facts: ConnectionFacts, text: string): string {
  const clean = redact(text, facts.secrets);
  return clean.length > MAX_QUOTE ? `${clean.slice(0, MAX_QUOTE)}…` : clean;
}

/** `masked`, in double quotes. */
export function quote(facts: ConnectionFacts, text: string): string {
  return `"${masked(facts, text)}"`;
}

/** `401` plus the challenges and the problem detail, e.g. for Stalwart's two `WWW-Authenticate` headers. */
export function rejectionSummary(facts: ConnectionFacts): string {
  const challenges = facts.challenges.map((challenge) => masked(facts, challenge)).join('; ');
  let answer = `The handshake was answered HTTP ${facts.status}`;
  if (challenges !== '') answer += ` with WWW-Authenticate: ${challenges}`;
  else if (facts.status === 401) answer += ' without a WWW-Authenticate challenge';
  const detail = facts.problem?.detail ?? facts.problem?.title;
  return detail === undefined ? `${answer}.` : `${answer}. The body says ${quote(facts, detail)}.`;
}

export function closeSummary(facts: ConnectionFacts, close: CloseInfo | undefined): string {
  if (close === undefined) return 'the connection ended without a close code';
  const reason = close.reason === '' ? '' : ` and reason ${quote(facts, close.reason)}`;
  return `close code ${close.code}${close.wasClean ? ' (clean)' : ' (not clean)'}${reason}`;
}

/** Where the query credential is and how it is written, never its value. */
export function credentialShape(facts: ConnectionFacts): string {
  const credential = facts.credential;
  if (credential === undefined) return 'no query credential';
  const scheme = credential.scheme === undefined ? '' : `, ${credential.scheme} scheme`;
  return `query parameter "${credential.param}" (${credential.encoding} encoding${scheme})`;
}

const MAX_DATE_MS = 8.64e15;

/** ISO time of an epoch-milliseconds value; never throws on out-of-range numbers. */
export function isoTime(milliseconds: number): string {
  if (!Number.isFinite(milliseconds) || Math.abs(milliseconds) > MAX_DATE_MS) return 'an out-of-range time';
  return new Date(milliseconds).toISOString();
}
