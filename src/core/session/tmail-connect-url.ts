const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * Dart's `Uri.ensureWebSocketUri()` from TMail applied to the advertised capability text: ws/wss stay, any other
 * scheme (or none) becomes wss. TMail does not resolve the URL against the session URL first (FACTS §1.1, §5).
 */
export function tmailWebSocketUri(advertised: string): string {
  const match = SCHEME.exec(advertised);
  const rest = match ? advertised.slice(match[0].length) : advertised;
  const scheme = match?.[1]?.toLowerCase();
  return `${scheme === 'ws' || scheme === 'wss' ? scheme : 'wss'}:${rest}`;
}

/**
 * - `concatenate`: `'$uri?name=value'` as master and the PR #4512 lineage build the ticket URL; a URL that already has
 *   a query gets a second `?`.
 * - `replace`: Dart `uri.replace(queryParameters: {...existing, name: value})` as PR #4261 and the Token/Basic
 *   strategies do; existing parameters are kept.
 */
export type QueryAppendMode = 'concatenate' | 'replace';

export function appendQueryParameter(url: string, name: string, value: string, mode: QueryAppendMode): string {
  if (mode === 'concatenate') return `${url}?${name}=${value}`;
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const separator = queryAt < 0 ? '?' : queryAt === beforeHash.length - 1 || beforeHash.endsWith('&') ? '' : '&';
  return `${beforeHash}${separator}${name}=${value}${hash}`;
}
