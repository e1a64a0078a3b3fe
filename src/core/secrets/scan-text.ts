import { shownName } from '../auth/describe-token.ts';
import { decodeQueryValue } from '../url/decode-query-value.ts';
import { credentialNameKind, isTmailSensitiveKey, looksLikeToken, mayNameCredential } from './credential-name.ts';
import { decodeBasic } from './decode-basic.ts';
import { type CredentialReading, readCredentialShape, readNamedCredential } from './describe-credential.ts';
import type { DetectedSecret } from './exposure.ts';
import { JWT_IN_TEXT } from './jwt-in-text.ts';
import { scanUrl } from './scan-url.ts';

/** Absolute URLs, also inside JSON strings that escape `/` as `\/`. */
const URL_IN_TEXT = /\b(?:wss?|https?):(?:\\?\/){2}[^\s"'<>`]+/gi;
/** Prose closes a sentence or a parenthesis right after a URL or a value: `(see wss://…?access_token=…).` */
const PROSE_AFTER_URL = /[.,;:!?)}]+$/;
/** `Authorization: Basic …`, `Bearer+…` in a query, `"Bearer …"` in JSON. The credential part is group 2. */
const SCHEME_VALUE = /(?<![\w-])(Basic|Bearer)(?:[ \t]+|\+|%20|%2B|%2520)([\w.~+/%-]+=*)/gi;
/**
 * `name: value` / `name=value` / `"name": "value"`. Unquoted values stop at `:` and `=` (bar trailing padding), so
 * they never span several pairs. Scanning resumes at the start of each value, so `Cookie: JSESSIONID=…` and
 * `"url":"…?access_token=…"` are read at both levels.
 */
const FIELD =
  /(?<![\w.:-])(["']?)([A-Za-z_][\w.-]*)\1[ \t]*([:=])[ \t]*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|(?:(?:Basic|Bearer)(?:[ \t]|\+|%20)+)?[^\s,;&#"'`<>{}[\]():=\\]+=*)/gi;

function unquote(value: string): string {
  if (!value.startsWith('"')) return value.slice(1, -1);
  try {
    return String(JSON.parse(value));
  } catch {
    return value.slice(1, -1);
  }
}

function urlSecrets(text: string): DetectedSecret[] {
  return [...text.matchAll(URL_IN_TEXT)].flatMap(([url]) =>
    scanUrl(url.replace(PROSE_AFTER_URL, '').replace(/\\\//g, '/')).map(({ secret, credential, shape, location }) => ({
      secret,
      credential,
      shape,
      what: location,
    })),
  );
}

function fieldSecret(name: string, separator: string, written: string): DetectedSecret | undefined {
  if (!isTmailSensitiveKey(name) && !credentialNameKind(name)) return undefined;
  const quoted = written.startsWith('"') || written.startsWith("'");
  const value = quoted ? written : written.replace(PROSE_AFTER_URL, '');
  const secret = quoted ? value.slice(1, -1) : value;
  const decoded = quoted ? unquote(value) : separator === '=' ? decodeQueryValue(value).value : value;
  const reading = readNamedCredential(name, decoded);
  return reading && { ...reading, secret, what: `field "${shownName(name)}" (${reading.what})` };
}

function fieldSecrets(text: string): DetectedSecret[] {
  if (!mayNameCredential(text)) return [];
  const found: DetectedSecret[] = [];
  const field = new RegExp(FIELD);
  for (let match = field.exec(text); match; match = field.exec(text)) {
    const [whole, , name = '', separator = '', value = ''] = match;
    // `name=value` pairs (query strings, cookies) never put a space after "="; prose such as "ticket= parameter" does.
    const prose = separator === '=' && /=[ \t]/.test(whole);
    const detected = prose ? undefined : fieldSecret(name, separator, value);
    if (detected) found.push(detected);
    const quoted = value.startsWith('"') || value.startsWith("'");
    field.lastIndex = match.index + whole.length - value.length + (quoted ? 1 : 0);
  }
  return found;
}

function jwtSecrets(text: string): DetectedSecret[] {
  return [...text.matchAll(JWT_IN_TEXT)].flatMap(([token]) => {
    const reading = readCredentialShape(token);
    return reading ? [{ ...reading, secret: token }] : [];
  });
}

/** Prose says "Basic authentication" and "Bearer realm=…": only decodable Basic and machine-made tokens count. */
function isCredible({ shape, credential }: CredentialReading): boolean {
  if (shape === 'basic') return decodeBasic(credential) !== undefined;
  return shape === 'jwt' || looksLikeToken(credential);
}

function schemeSecrets(text: string): DetectedSecret[] {
  return [...text.matchAll(SCHEME_VALUE)].flatMap(([, scheme = '', secret = '']) => {
    const reading = readCredentialShape(`${scheme} ${decodeQueryValue(secret).value}`);
    return reading && isCredible(reading) ? [{ ...reading, secret }] : [];
  });
}

/**
 * Every credential this text shows by itself: in URLs (query, userinfo), in credential-named fields (JSON, headers,
 * `name=value`), JWTs anywhere, and `Basic …`/`Bearer …` values. Each secret once, URLs first. Never throws.
 */
export function findTextSecrets(text: string): DetectedSecret[] {
  const all = [...urlSecrets(text), ...fieldSecrets(text), ...jwtSecrets(text), ...schemeSecrets(text)];
  const bySecret = new Map<string, DetectedSecret>();
  for (const detected of all) if (!bySecret.has(detected.secret)) bySecret.set(detected.secret, detected);
  return [...bySecret.values()];
}
