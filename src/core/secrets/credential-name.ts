import { ACCESS_TOKEN_PARAM, AUTHORIZATION_PARAM, TICKET_PARAM } from '../auth/url-credential-params.ts';

/** `password`: any value counts (people choose short ones). `token`: only a value that looks machine-made. */
export type CredentialNameKind = 'password' | 'token';

/** TMail's own sensitive keys (PR `WebSocketUriBuilder._sensitiveKeys`, FACTS §1.2, §8): every non-empty value is one. */
const TMAIL_KEYS: readonly string[] = [TICKET_PARAM, ACCESS_TOKEN_PARAM, AUTHORIZATION_PARAM];
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pass', 'pwd', 'passphrase', 'secret']);
const TOKEN_WORDS = new Set([
  'token',
  'auth',
  'authorization',
  'jwt',
  'apikey',
  'bearer',
  'ticket',
  'credential',
  'credentials',
  'sessionid',
  'sessid',
  'jsessionid',
  'phpsessid',
  'sid',
]);
/** `key` alone is too common (`sort key`, `public key`); these qualifiers make it a credential. */
const KEY_QUALIFIERS = new Set(['api', 'access', 'secret', 'private', 'auth', 'session', 'client', 'signing']);
/**
 * Every name `credentialNameKind` or `isTmailSensitiveKey` accepts ends with one of these words (or `session…id`),
 * followed by a character that is neither a letter nor a digit, since the next word would otherwise be the last.
 */
const CREDENTIAL_NAME_END = new RegExp(
  `(?:${[...TMAIL_KEYS, ...PASSWORD_WORDS, ...TOKEN_WORDS, 'key', 'session', 'session[^a-z0-9]*id'].join('|')})(?![a-z0-9])`,
  'i',
);
/**
 * The OAuth 2.0 authorization code (RFC 6749 §4.1.2) that an OIDC login leaves in the page URL (`/callback?code=…`):
 * a credential only as a name/value pair, never by `credentialNameKind`, because the text scan asks that first for
 * every JSON field and a field named `code` is an error or status code. Its value must look machine-made.
 */
const PAIR_ONLY_TOKEN_NAMES = new Set(['code']);
const NOT_A_VALUE = /^(?:true|false|null|undefined|none|yes|no|on|off|(?:basic|bearer)\+?)$/i;
const MIN_VALUE_LENGTH = 3;

/** `X-Auth-Token` → x, auth, token; `refreshToken` → refresh, token; `JSESSIONID` → jsessionid. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * Whether a parameter or field name says its value is a credential. The rule looks at the LAST word of the name:
 * in identifiers the head noun comes last (`id_token`, `refreshToken`, `X-Auth-Token`, `api_key`, `client_secret`),
 * while a sensitive word followed by another word names metadata about a credential (`sessionState`, `tokenType`,
 * `authMode`, `passwordPolicy`, `token_expires_in`), and a word merely containing one is unrelated (`keyword`,
 * `passive`, `sidebar`, `author`). `key` and `session` count alone or with a qualifier (`api_key`, `session_id`).
 */
export function credentialNameKind(name: string): CredentialNameKind | undefined {
  const words = nameWords(name);
  const last = words.at(-1);
  const before = words.at(-2);
  if (last === undefined) return undefined;
  if (PASSWORD_WORDS.has(last)) return 'password';
  if (TOKEN_WORDS.has(last)) return 'token';
  if (last === 'key' && (before === undefined || KEY_QUALIFIERS.has(before))) return 'token';
  if (last === 'session' && before === undefined) return 'token';
  if (last === 'id' && before === 'session') return 'token';
  return undefined;
}

/** False when no name in this text can be a credential's: one cheap scan spares reading every `name: value` pair. */
export function mayNameCredential(text: string): boolean {
  return CREDENTIAL_NAME_END.test(text);
}

export function isTmailSensitiveKey(name: string): boolean {
  return TMAIL_KEYS.includes(name.toLowerCase());
}

/**
 * Machine-made: 8+ characters, no space, and a digit or mixed case. As in ZAP's session-token rule, this keeps
 * `?sid=5`, `"key":"Email"` and `auth=basic` out.
 */
export function looksLikeToken(value: string): boolean {
  // An initial capital is how words are written ("Authorization"); a capital further in is how tokens look.
  return /^\S{8,}$/.test(value) && (/\d/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value.slice(1))));
}

function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length < MIN_VALUE_LENGTH || NOT_A_VALUE.test(trimmed);
}

/** What a `name=value` pair holds, judged by the name and the value together; undefined when not a credential. */
export function credentialFieldKind(name: string, value: string): CredentialNameKind | undefined {
  if (isPlaceholder(value)) return undefined;
  if (isTmailSensitiveKey(name)) return 'token';
  const kind = credentialNameKind(name) ?? (PAIR_ONLY_TOKEN_NAMES.has(name.toLowerCase()) ? 'token' : undefined);
  if (kind === 'token' && !looksLikeToken(value)) return undefined;
  return kind;
}
