import { type HttpHeader, headerValues } from '../model/http-header.ts';
import { decodeQueryValue } from '../url/decode-query-value.ts';
import type { AuthCandidate, CredentialReading } from './auth-classification.ts';
import { describeBasic } from './describe-basic.ts';
import { describeToken, shownName } from './describe-token.ts';
import { shownScheme, splitScheme } from './split-scheme.ts';

const HEADERS_UNKNOWN =
  'request headers unknown: the browser did not expose them, so an Authorization or Cookie header may have been sent unseen';
const NO_HEADER_CREDENTIALS = 'request headers known: no Authorization header and no cookies were sent';
const NO_VISIBLE_CREDENTIALS =
  'no Authorization header or cookie among the headers the browser showed; Chromium adds the Authorization of its HTTP auth cache and its cookies after extensions see the headers, so one may have been sent unseen (deep capture shows the exact headers)';
/** A header copied raw from a form-encoded query value: `Basic+dXNl…%3D` (SCENARIOS F3 outcome B). */
const URL_ENCODED_SCHEME = /^(basic|bearer)\+/i;
const MAX_COOKIE_NAMES = 5;

function readAuthorization(header: string): AuthCandidate | string {
  if (header.trim() === '') return 'the Authorization request header is empty: not a credential';
  const encoded = URL_ENCODED_SCHEME.test(header.trim());
  const { scheme, rest } = splitScheme(encoded ? decodeQueryValue(header.trim()).value : header, true);
  const malformed = encoded
    ? [
        'the header is still URL-encoded ("+" where the space belongs), so Stalwart and James find no scheme and answer 401',
      ]
    : [];
  if (!scheme) return 'an Authorization request header holds a value with no scheme: not a usable credential';
  if (rest === '')
    return `the Authorization request header holds only the scheme ${shownScheme(scheme)}: not a credential`;
  if (scheme === 'Basic') {
    return {
      strategy: 'header-basic',
      evidence: ['Authorization request header carries Basic credentials', describeBasic(rest), ...malformed],
    };
  }
  if (scheme === 'Bearer') {
    const evidence = [`Authorization request header carries a Bearer token (${describeToken(rest)})`, ...malformed];
    return { strategy: 'header-bearer', evidence };
  }
  return `the Authorization request header uses scheme ${shownScheme(scheme)}, which is neither Basic nor Bearer (Stalwart answers "Unsupported authentication mechanism"; Cyrus also accepts Negotiate and SCRAM)`;
}

function cookieNames(values: readonly string[]): string[] {
  const names = values.flatMap((value) => value.split(';')).map((pair) => (pair.split('=', 1)[0] ?? '').trim());
  return names.filter((name) => name !== '');
}

function readCookies(values: readonly string[]): AuthCandidate | undefined {
  const names = cookieNames(values);
  if (names.length === 0) return undefined;
  const shown = names.slice(0, MAX_COOKIE_NAMES).map((name) => shownName(name));
  const more = names.length > MAX_COOKIE_NAMES ? ', …' : '';
  const evidence = [`Cookie request header carries ${names.length} cookie(s) (names: ${shown.join(', ')}${more})`];
  return { strategy: 'cookie', evidence };
}

/** The Authorization and Cookie request headers, when the browser exposed the headers at all. */
export function readHeaderCredentials(headers: readonly HttpHeader[] | undefined, partial = false): CredentialReading {
  if (!headers) return { candidates: [], notes: [HEADERS_UNKNOWN] };
  const candidates: AuthCandidate[] = [];
  const notes: string[] = [];
  const authorization = headerValues(headers, 'authorization');
  if (authorization.length > 1) notes.push(`${authorization.length} Authorization request headers were sent`);
  for (const value of authorization) {
    const read = readAuthorization(value);
    if (typeof read === 'string') notes.push(read);
    else candidates.push(read);
  }
  const cookies = readCookies(headerValues(headers, 'cookie'));
  if (cookies) candidates.push(cookies);
  if (authorization.length === 0 && !cookies) notes.push(partial ? NO_VISIBLE_CREDENTIALS : NO_HEADER_CREDENTIALS);
  return { candidates, notes };
}
