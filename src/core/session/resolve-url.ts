const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):([\s\S]*)$/;
const WEB_SCHEMES = new Set(['http', 'https', 'ws', 'wss']);

interface UrlParts {
  readonly scheme?: string;
  /** undefined when there is no `//`; '' for `wss:///x`. */
  readonly authority?: string;
  readonly rest: string;
}

function splitUrl(text: string): UrlParts {
  const match = SCHEME.exec(text);
  if (!match) return { rest: text };
  const scheme = (match[1] ?? '').toLowerCase();
  const afterColon = match[2] ?? '';
  if (!afterColon.startsWith('//')) return { scheme, rest: afterColon };
  const tail = afterColon.slice(2);
  const end = tail.search(/[/?#]/);
  const authority = end < 0 ? tail : tail.slice(0, end);
  return { scheme, authority, rest: tail.slice(authority.length) };
}

function tryParse(text: string, base?: string | URL): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

function usable(url: URL | undefined): string | undefined {
  if (!url || url.hostname === '') return undefined;
  return WEB_SCHEMES.has(url.protocol.slice(0, -1)) ? url.href : undefined;
}

/**
 * True for a web scheme followed by a path but no host, such as Cyrus's `wss:/jmap/ws/` (FACTS §5). A WHATWG
 * parser would read `jmap` as the host there, so these need resolving by hand.
 */
export function isHostless(advertised: string): boolean {
  const parts = splitUrl(advertised.trim());
  return parts.scheme !== undefined && WEB_SCHEMES.has(parts.scheme) && !parts.authority;
}

function resolveHostless(scheme: string, rest: string, base: string | undefined): string | undefined {
  const baseUrl = base === undefined ? undefined : tryParse(base);
  if (rest === '' || !usable(baseUrl)) return undefined;
  const url = tryParse(rest, baseUrl);
  if (!url) return undefined;
  url.protocol = scheme;
  return usable(url);
}

/**
 * Resolves a URL advertised in a JMAP session against the session URL: absolute URLs as they are, relative ones
 * and host-less ones (`wss:/jmap/ws/`) against `base`. Returns an absolute http(s)/ws(s) URL with a host, or
 * undefined for anything unusable. Never throws.
 */
export function resolveUrl(advertised: unknown, base?: string): string | undefined {
  if (typeof advertised !== 'string') return undefined;
  const text = advertised.trim();
  if (text === '') return undefined;
  const parts = splitUrl(text);
  if (parts.scheme !== undefined && WEB_SCHEMES.has(parts.scheme) && !parts.authority) {
    return resolveHostless(parts.scheme, parts.rest, base);
  }
  if (parts.scheme !== undefined) return usable(tryParse(text));
  return base === undefined ? undefined : usable(tryParse(text, base));
}
