import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scanUrl } from '../../../../src/core/secrets/scan-url.ts';
import { F1_URL, F2_OLD_TOKEN_URL, F2_URL, F3_URL } from '../../../fixtures/handshakes.ts';
import {
  BASIC_CREDENTIALS,
  BASIC_PASSWORD,
  BASIC_USER,
  dartEncode,
  SCENARIO_JWT,
  STALWART_OPAQUE_TOKEN,
  TICKET,
} from '../../../fixtures/secrets.ts';

describe('scanUrl: query parameters', () => {
  test('F1: the ticket', () => {
    expect(scanUrl(F1_URL)).toEqual([
      {
        place: 'query',
        location: 'URL query parameter "ticket" (single-use ticket, UUID)',
        secret: TICKET,
        credential: TICKET,
        shape: 'ticket',
        what: 'single-use ticket, UUID',
      },
    ]);
  });

  test('F2: a JWT access token', () => {
    expect(scanUrl(F2_URL)).toMatchObject([
      { place: 'query', secret: SCENARIO_JWT, credential: SCENARIO_JWT, shape: 'jwt' },
    ]);
    expect(scanUrl(F2_URL)[0]?.location).toBe('URL query parameter "access_token" (JWT, alg RS256, sub alice)');
  });

  test('F2: the old Stalwart token, percent-encoded: the secret is as written, the credential decoded', () => {
    expect(scanUrl(F2_OLD_TOKEN_URL)).toMatchObject([
      {
        secret: 'q7Yd%2B4n%2FZp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP%3D',
        credential: STALWART_OPAQUE_TOKEN,
        shape: 'opaque',
      },
    ]);
  });

  test('F3: Basic credentials name the user, never the password', () => {
    const [exposure, ...rest] = scanUrl(F3_URL);
    expect(rest).toEqual([]);
    expect(exposure).toMatchObject({
      secret: 'Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D',
      credential: BASIC_CREDENTIALS,
      shape: 'basic',
    });
    expect(exposure?.location).toContain(`user ${BASIC_USER}`);
    expect(JSON.stringify({ ...exposure, secret: '', credential: '' })).not.toContain(BASIC_PASSWORD);
  });

  test.each([
    ['raw', `Basic ${BASIC_CREDENTIALS}`.replace(' ', '+')],
    ['percent', encodeURIComponent(`Basic ${BASIC_CREDENTIALS}`)],
    ['double', encodeURIComponent(dartEncode(`Basic ${BASIC_CREDENTIALS}`))],
    ['no padding', `Basic+${BASIC_CREDENTIALS.replace(/=$/, '')}`],
  ])('F3 variant (%s) is still Basic', (_, value) => {
    expect(scanUrl(`wss://mail.example.org/jmap/ws?authorization=${value}`)[0]?.shape).toBe('basic');
  });

  test('parameter names match case-insensitively; other parameters are kept out', () => {
    const url = `wss://h/jmap/ws?lang=en&Access_Token=${SCENARIO_JWT}&sessionState=abc123def456&TICKET=${TICKET}`;
    expect(scanUrl(url).map((exposure) => exposure.shape)).toEqual(['jwt', 'ticket']);
  });

  test('the usual suspects by name', () => {
    const url =
      'wss://h/ws?api_key=AKIA1234567890&X-Auth-Token=tok_9f8e7d6c5b&password=hunter2&JSESSIONID=0A1B2C3D4E5F&sid=5';
    expect(scanUrl(url).map(({ shape, secret }) => [shape, secret])).toEqual([
      ['opaque', 'AKIA1234567890'],
      ['opaque', 'tok_9f8e7d6c5b'],
      ['password', 'hunter2'],
      ['opaque', '0A1B2C3D4E5F'],
    ]);
  });

  test('a JWT or bare Basic credentials under any name', () => {
    const url = `wss://h/ws?state=${SCENARIO_JWT}&data=${encodeURIComponent(BASIC_CREDENTIALS)}`;
    expect(scanUrl(url).map((exposure) => exposure.shape)).toEqual(['jwt', 'basic']);
  });

  test('a second "?" (TMail master concatenation) still finds the ticket', () => {
    expect(scanUrl(`wss://h/jmap/ws?x=1?ticket=${TICKET}`)[0]?.shape).toBe('ticket');
  });

  test('no credentials: no query, empty values, Cyrus host-less URL', () => {
    expect(scanUrl('wss://jmap.example.com/jmap/ws')).toEqual([]);
    expect(scanUrl('wss://h/ws?access_token=&authorization=Basic')).toEqual([]);
    expect(scanUrl('wss:/jmap/ws/')).toEqual([]);
  });
});

describe('scanUrl: userinfo', () => {
  test('user:password@ is the password, named by its user', () => {
    expect(scanUrl('wss://alice:S3cret%2Bpw@mail.example.org/jmap/ws')).toEqual([
      {
        place: 'userinfo',
        location: 'URL userinfo (the password of user "alice")',
        secret: 'S3cret%2Bpw',
        credential: 'S3cret+pw',
        shape: 'password',
        what: 'the password of user "alice"',
      },
    ]);
  });

  test('a token as the user name; the token is never printed', () => {
    const [exposure] = scanUrl(`wss://${SCENARIO_JWT}@h/ws`);
    expect(exposure).toMatchObject({ place: 'userinfo', shape: 'jwt', secret: SCENARIO_JWT });
    const [opaque] = scanUrl('wss://ghp_16C7e42F292c6912E7710c838347Ae178B4a@h/ws');
    expect(opaque).toMatchObject({ shape: 'opaque', location: 'URL userinfo (a token as the user name)' });
    const [withPassword] = scanUrl(`wss://${SCENARIO_JWT}:x@h/ws`);
    expect(withPassword?.location).toBe('URL userinfo (a password)');
  });

  test('a plain user name alone is not a secret', () => {
    expect(scanUrl('wss://alice@h/ws')).toEqual([]);
    expect(scanUrl('wss://h/ws?next=a@b')).toEqual([]);
  });
});

describe('scanUrl never throws', () => {
  test('on arbitrary strings and web URLs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })), (url) => {
        expect(Array.isArray(scanUrl(url))).toBe(true);
      }),
    );
  });
});
