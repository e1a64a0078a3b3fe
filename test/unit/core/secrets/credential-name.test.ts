import { describe, expect, test } from 'vitest';
import {
  credentialFieldKind,
  credentialNameKind,
  isTmailSensitiveKey,
  looksLikeToken,
} from '../../../../src/core/secrets/credential-name.ts';

describe('credentialNameKind', () => {
  test.each([
    'token',
    'auth',
    'jwt',
    'key',
    'apikey',
    'api_key',
    'apiKey',
    'X-Api-Key',
    'session',
    'sessionid',
    'session_id',
    'SessionID',
    'JSESSIONID',
    'PHPSESSID',
    'sid',
    'ticket',
    'access_token',
    'authorization',
    'id_token',
    'refresh_token',
    'refreshToken',
    'X-Auth-Token',
    'oauth_token',
    'accessKey',
    'bearer',
    'credentials',
  ])('%s is a token name', (name) => {
    expect(credentialNameKind(name)).toBe('token');
  });

  test.each(['password', 'pass', 'pwd', 'passwd', 'secret', 'client_secret', 'userPassword', 'PASSPHRASE'])(
    '%s is a password name',
    (name) => {
      expect(credentialNameKind(name)).toBe('password');
    },
  );

  test.each([
    'sessionState',
    'pushState',
    'tokenType',
    'token_expires_in',
    'authMode',
    'passwordPolicy',
    'keyword',
    'keywords',
    'passive',
    'sidebar',
    'author',
    'publicKey',
    'sort_key',
    'keyId',
    'session_state',
    'accountId',
    'state',
    'code',
    '',
    '---',
  ])('%s is not a credential name', (name) => {
    expect(credentialNameKind(name)).toBeUndefined();
  });
});

describe('looksLikeToken', () => {
  test.each(['6f1c2b9e-8d4a', 'q7Yd+4n/Zp0Lw9xK', 'abcdefGH', 'a1b2c3d4'])('%s looks machine-made', (value) => {
    expect(looksLikeToken(value)).toBe(true);
  });

  test.each(['Email', 'abcdefgh', 'ABCDEFGH', '1234567', 'has space 123'])('%s does not', (value) => {
    expect(looksLikeToken(value)).toBe(false);
  });
});

describe('credentialFieldKind', () => {
  test("TMail's three keys take any real value, case-insensitively", () => {
    expect(isTmailSensitiveKey('Access_Token')).toBe(true);
    expect(credentialFieldKind('ticket', 'not-a-uuid')).toBe('token');
    expect(credentialFieldKind('access_token', 'abc')).toBe('token');
    expect(credentialFieldKind('AUTHORIZATION', 'Basic xyz')).toBe('token');
  });

  test('placeholders are never credentials', () => {
    for (const value of ['', ' ', 'ab', 'true', 'null', 'undefined', 'none', 'Bearer', 'basic']) {
      expect(credentialFieldKind('access_token', value)).toBeUndefined();
      expect(credentialFieldKind('password', value)).toBeUndefined();
    }
  });

  test('a password name takes any value; a token name needs a machine-made one (ZAP: ?sId=5 is not a token)', () => {
    expect(credentialFieldKind('pwd', 'hunter')).toBe('password');
    expect(credentialFieldKind('sid', '5')).toBeUndefined();
    expect(credentialFieldKind('key', 'Email')).toBeUndefined();
    expect(credentialFieldKind('session', 'abc123def456')).toBe('token');
    expect(credentialFieldKind('sessionState', 'abc123def456')).toBeUndefined();
  });
});
