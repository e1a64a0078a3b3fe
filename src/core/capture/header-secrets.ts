import type { HttpHeader } from '../model/http-header.ts';

const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization']);

function cookieValues(list: string): string[] {
  return list.split(';').flatMap((pair) => {
    const equals = pair.indexOf('=');
    const value = equals < 0 ? '' : pair.slice(equals + 1).trim();
    return value === '' ? [] : [value];
  });
}

/** The secret parts of a header: a credential header's whole value, each cookie's value. */
export function headerSecrets(header: HttpHeader): string[] {
  const name = header.name.toLowerCase();
  if (CREDENTIAL_HEADERS.has(name)) return header.value.trim() === '' ? [] : [header.value];
  if (name === 'cookie') return cookieValues(header.value);
  if (name === 'set-cookie') return cookieValues(header.value.split(';', 1)[0] ?? '');
  return [];
}
