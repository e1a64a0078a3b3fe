import { shownName } from '../auth/describe-token.ts';
import { isRedacted } from '../redact/fingerprint.ts';
import { percentDecode } from '../url/decode-query-value.ts';
import { queryParams } from '../url/query-params.ts';
import { looksLikeToken } from './credential-name.ts';
import { readCredentialShape, readNamedCredential } from './describe-credential.ts';
import type { Exposure } from './exposure.ts';

const AUTHORITY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/;
const MIN_TOKEN_USER_LENGTH = 16;

function scanQuery(url: string): Exposure[] {
  return queryParams(url).flatMap((param): Exposure[] => {
    const reading = readNamedCredential(param.name, param.value);
    if (!reading) return [];
    const location = `URL query parameter "${shownName(param.name)}" (${reading.what})`;
    return [{ ...reading, place: 'query', location, secret: param.raw }];
  });
}

function isTokenLikeUser(user: string): boolean {
  return readCredentialShape(user) !== undefined || (user.length >= MIN_TOKEN_USER_LENGTH && looksLikeToken(user));
}

/** `wss://user:password@host`: the password; or a user name that is itself a token (`wss://<token>@host`). */
function scanUserinfo(url: string): Exposure[] {
  const authority = AUTHORITY.exec(url)?.[1] ?? '';
  const at = authority.lastIndexOf('@');
  const userinfo = authority.slice(0, Math.max(at, 0));
  if (userinfo === '' || isRedacted(userinfo)) return [];
  const colon = userinfo.indexOf(':');
  const rawUser = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const rawPassword = colon < 0 ? '' : userinfo.slice(colon + 1);
  const user = percentDecode(rawUser);
  const tokenUser = isTokenLikeUser(user);
  if (rawPassword !== '') {
    const what = tokenUser || user === '' ? 'a password' : `the password of user "${shownName(user)}"`;
    const credential = percentDecode(rawPassword);
    return [
      {
        credential,
        shape: 'password',
        what,
        place: 'userinfo',
        location: `URL userinfo (${what})`,
        secret: rawPassword,
      },
    ];
  }
  if (!tokenUser) return [];
  const reading = readCredentialShape(user) ?? { credential: user, shape: 'opaque', what: 'a token as the user name' };
  return [{ ...reading, place: 'userinfo', location: `URL userinfo (${reading.what})`, secret: rawUser }];
}

/** Credentials in a URL: query parameters (by name and by shape, any encoding) and userinfo. Never throws. */
export function scanUrl(url: string): Exposure[] {
  return [...scanUserinfo(url), ...scanQuery(url)];
}
