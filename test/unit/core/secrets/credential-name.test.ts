import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fingerprint, redact } from '../../../../src/core/redact/redact.ts';
import {
  credentialFieldKind,
  credentialNameKind,
  isTmailSensitiveKey,
  looksLikeToken,
  mayNameCredential,
} from '../../../../src/core/secrets/credential-name.ts';
import { findTextSecrets } from '../../../../src/core/secrets/scan-text.ts';
import { scanUrl } from '../../../../src/core/secrets/scan-url.ts';

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

  test('an OAuth authorization code is a token as a name/value pair, if machine-made; `code` is not a credential name', () => {
    expect(credentialFieldKind('code', 'Zk3q9TnB7xWm2LpR4vYc8sDa')).toBe('token');
    expect(credentialFieldKind('Code', '3f1a2b7c-9d4e.a1b2c3')).toBe('token');
    for (const value of ['404', 'EXPIRED_TOKEN', 'invalid', 'abcdefgh'])
      expect(credentialFieldKind('code', value)).toBeUndefined();
    expect(credentialNameKind('code')).toBeUndefined();
  });
});

describe('an authorization code, where it counts', () => {
  const CODE = 'Zk3q9TnB7xWm2LpR4vYc8sDa';

  test('in a URL query, as the OIDC redirect back to the page writes it: found and redacted, `state` kept', () => {
    const callback = `https://mail.example.com/oidc/callback?code=${CODE}&state=af0ifjsldkj&session_state=x1`;
    expect(scanUrl(callback).map((exposure) => exposure.secret)).toEqual([CODE]);
    expect(redact(callback)).toBe(
      `https://mail.example.com/oidc/callback?code=${fingerprint(CODE)}&state=af0ifjsldkj&session_state=x1`,
    );
    expect(redact(`{"pageUrl":"${callback}"}`)).not.toContain(CODE);
  });

  test('not as a JSON field or prose: there `code` is an error or status code', () => {
    expect(findTextSecrets(`{"code":"${CODE}","type":"urn:ietf:params:jmap:error:invalidArguments"}`)).toEqual([]);
    expect(findTextSecrets(`code: ${CODE}`)).toEqual([]);
  });
});

describe('mayNameCredential', () => {
  const PIECES = ['token', 'Token', 'session', 'Session', 'SESSION', 'id', 'Id', 'ID', 'key', 'Key', 'api', 'pass'];
  const MORE = ['word', 'State', 'sid', 'Auth', 'ACCESS', '_', '-', '.', '1', 'x', 'ticket', 'secret', 'jwt'];
  const names = fc.oneof(
    fc.array(fc.constantFrom(...PIECES, ...MORE), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')),
    fc.stringMatching(/^[A-Za-z_][\w.-]{0,20}$/),
  );

  test('never says no to a text holding a credential name, whatever follows the name in a field', () => {
    fc.assert(
      fc.property(names, fc.constantFrom('"', "'", ':', '=', ' ', '\t'), fc.string(), (name, after, rest) => {
        const credential = credentialNameKind(name) !== undefined || isTmailSensitiveKey(name);
        if (credential) expect(mayNameCredential(`${rest}${name}${after}${rest}`)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test('says no to the usual JMAP frames, so they skip the field scan', () => {
    const frames = [
      '{"@type":"Response","methodResponses":[["Email/get",{"accountId":"a1","list":[]},"c0"]],"sessionState":"s1"}',
      '{"@type":"StateChange","changed":{"a1":{"Email":"s9","Mailbox":"m9"}},"pushState":"p9"}',
      '{"@type":"Request","using":["urn:ietf:params:jmap:mail"],"methodCalls":[["Email/get",{"ids":["M1"]},"c0"]]}',
    ];
    for (const frame of frames) expect(mayNameCredential(frame)).toBe(false);
    expect(mayNameCredential('{"sessionId":"x"}')).toBe(true);
    expect(mayNameCredential('{"X-Auth-Token":"x"}')).toBe(true);
  });
});
