// @ts-check
/** URI helpers that reproduce what Dart (TMail) puts on the wire (FACTS §1.1, §1.2, §8). */

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * Dart `Uri.encodeQueryComponent`: UTF-8, space becomes `+`, every byte outside `A–Z a–z 0–9 - . _ ~` is `%XX`.
 * @param {string} text
 * @returns {string}
 */
export function encodeQueryComponent(text) {
  let encoded = '';
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    if (UNRESERVED.test(char)) encoded += char;
    else if (byte === 0x20) encoded += '+';
    else encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/**
 * @param {string} text
 * @returns {string}
 */
function decodeQueryComponent(text) {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

/**
 * Splits a URI string without resolving it, so host-less forms such as Cyrus's `wss:/jmap/ws/` survive.
 * @param {string} uri
 * @returns {{ head: string, query: string | undefined, fragment: string }}
 */
function splitUri(uri) {
  const hash = uri.indexOf('#');
  const fragment = hash >= 0 ? uri.slice(hash) : '';
  const withoutFragment = hash >= 0 ? uri.slice(0, hash) : uri;
  const mark = withoutFragment.indexOf('?');
  if (mark < 0) return { head: withoutFragment, query: undefined, fragment };
  return { head: withoutFragment.slice(0, mark), query: withoutFragment.slice(mark + 1), fragment };
}

/**
 * Dart `uri.replace(queryParameters: {...uri.queryParameters, ...extra})`: every parameter is decoded and then
 * re-encoded with the query-component rules (PR #4261 strategies).
 * @param {string} uri
 * @param {Record<string, string>} extra
 * @returns {string}
 */
export function replaceQueryParameters(uri, extra) {
  const { head, query, fragment } = splitUri(uri);
  /** @type {Map<string, string>} */
  const parameters = new Map();
  for (const pair of (query ?? '').split('&').filter((part) => part !== '')) {
    const equals = pair.indexOf('=');
    const name = equals >= 0 ? pair.slice(0, equals) : pair;
    parameters.set(decodeQueryComponent(name), decodeQueryComponent(equals >= 0 ? pair.slice(equals + 1) : ''));
  }
  for (const [name, value] of Object.entries(extra)) parameters.set(name, value);
  const encoded = [...parameters].map(
    ([name, value]) => `${encodeQueryComponent(name)}=${encodeQueryComponent(value)}`,
  );
  return `${head}?${encoded.join('&')}${fragment}`;
}

/**
 * TMail `ensureWebSocketUri()`: `ws`/`wss` stay, any other scheme becomes `wss` (so `http` turns into `wss`).
 * @param {string} uri
 * @returns {string}
 */
export function ensureWebSocketUri(uri) {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri)?.[1];
  if (scheme === undefined) return `wss:${uri}`;
  const lower = scheme.toLowerCase();
  return lower === 'ws' || lower === 'wss' ? uri : `wss${uri.slice(scheme.length)}`;
}

/**
 * TMail ADR 0087: collapse duplicate slashes in the path of `generationEndpoint`.
 * @param {string} uri
 * @returns {string}
 */
export function normalizeEndpoint(uri) {
  return uri.replace(/([^:/])\/{2,}/g, '$1/');
}

/**
 * `base64(utf8("user:password"))` with the standard alphabet and padding, as TMail's `setBasicAuthorization`.
 * @param {string} user
 * @param {string} password
 * @returns {string}
 */
export function basicCredentials(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}
