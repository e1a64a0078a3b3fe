import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decodeJwt,
  isJwtExpired,
  jwtLifetimeSeconds,
  jwtSecondsLeft,
} from '../../../../src/core/secrets/decode-jwt.ts';
import {
  base64UrlOf,
  buildJwt,
  EXPIRED_JWT,
  LONG_LIVED_JWT,
  SCENARIO_JWT,
  SECRETS_NOW,
  SHORT_LIVED_JWT,
  STALWART_OPAQUE_TOKEN,
  TICKET,
} from '../../../fixtures/secrets.ts';

const NOW_SECONDS = SECRETS_NOW / 1000;

describe('decodeJwt', () => {
  test('the SCENARIOS token: alg RS256, sub alice, nothing else', () => {
    expect(decodeJwt(SCENARIO_JWT)).toStrictEqual({ alg: 'RS256', sub: 'alice' });
  });

  test('every claim it knows, with aud as a string or a list', () => {
    expect(decodeJwt(EXPIRED_JWT)).toStrictEqual({
      alg: 'RS256',
      typ: 'JWT',
      iss: 'https://auth.example.com/realms/mail',
      sub: 'alice',
      aud: 'jmap',
      iat: NOW_SECONDS - 7200,
      exp: NOW_SECONDS - 3600,
    });
    expect(decodeJwt(LONG_LIVED_JWT)?.aud).toEqual(['jmap', 'account']);
    expect(decodeJwt(buildJwt({ nbf: 5 }))?.nbf).toBe(5);
  });

  test('claims of the wrong type are left out', () => {
    const jwt = decodeJwt(buildJwt({ sub: 7, exp: '1700000000', aud: ['a', 1], iat: null }));
    expect(jwt).toStrictEqual({ alg: 'RS256', typ: 'JWT' });
  });

  test('an unsecured JWT (alg none, empty signature) still decodes', () => {
    expect(decodeJwt(buildJwt({ sub: 'x' }, { alg: 'none' }, ''))).toStrictEqual({ alg: 'none', sub: 'x' });
  });

  test('not JWTs: opaque tokens, UUIDs, wrong segment count, no alg, JSON that is not an object', () => {
    const payload = base64UrlOf('{"sub":"alice"}');
    expect(decodeJwt(STALWART_OPAQUE_TOKEN)).toBeUndefined();
    expect(decodeJwt(TICKET)).toBeUndefined();
    expect(decodeJwt(`${SCENARIO_JWT}.extra`)).toBeUndefined();
    expect(decodeJwt('a.b')).toBeUndefined();
    expect(decodeJwt(`${base64UrlOf('{"typ":"JWT"}')}.${payload}.sig`)).toBeUndefined();
    expect(decodeJwt(`${base64UrlOf('[1]')}.${payload}.sig`)).toBeUndefined();
    expect(decodeJwt(`${base64UrlOf('{"alg":"HS256"}')}.${base64UrlOf('"text"')}.sig`)).toBeUndefined();
    expect(decodeJwt(`${base64UrlOf('{"alg":"HS256"}')}.${base64UrlOf('{not json')}.sig`)).toBeUndefined();
    expect(decodeJwt(`${base64UrlOf('{"alg":"HS256"}')}.${payload}.s+g`)).toBeUndefined();
    expect(decodeJwt(`${base64UrlOf('{"alg":"HS256"}')}.${payload}=.sig`)).toBeUndefined();
  });

  test('never throws on arbitrary text or on dotted base64url segments', () => {
    const segment = fc.string().map((text) => base64UrlOf(text));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.tuple(segment, segment, segment).map((parts) => parts.join('.')),
        ),
        (input) => {
          decodeJwt(input);
        },
      ),
    );
  });
});

describe('expiry and lifetime', () => {
  test('an expired token: negative seconds left', () => {
    const jwt = decodeJwt(EXPIRED_JWT);
    if (!jwt) throw new Error('fixture must decode');
    expect(jwtSecondsLeft(jwt, SECRETS_NOW)).toBe(-3600);
    expect(isJwtExpired(jwt, SECRETS_NOW)).toBe(true);
    expect(isJwtExpired(jwt, SECRETS_NOW - 2 * 3600 * 1000)).toBe(false);
    expect(jwtLifetimeSeconds(jwt)).toBe(3600);
  });

  test('a long-lived token: 30 days', () => {
    const jwt = decodeJwt(LONG_LIVED_JWT);
    if (!jwt) throw new Error('fixture must decode');
    expect(jwtLifetimeSeconds(jwt)).toBe(30 * 86_400);
    expect(isJwtExpired(jwt, SECRETS_NOW)).toBe(false);
  });

  test('a short-lived token is valid now', () => {
    const jwt = decodeJwt(SHORT_LIVED_JWT);
    if (!jwt) throw new Error('fixture must decode');
    expect(jwtSecondsLeft(jwt, SECRETS_NOW)).toBe(3540);
    expect(jwtLifetimeSeconds(jwt)).toBe(3600);
  });

  test('no exp: never expired, no lifetime', () => {
    const jwt = { alg: 'RS256', iat: 1 };
    expect(jwtSecondsLeft(jwt, SECRETS_NOW)).toBeUndefined();
    expect(isJwtExpired(jwt, SECRETS_NOW)).toBe(false);
    expect(jwtLifetimeSeconds(jwt)).toBeUndefined();
  });
});
