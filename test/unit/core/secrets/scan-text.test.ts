import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findTextSecrets } from '../../../../src/core/secrets/scan-text.ts';
import { F3_URL } from '../../../fixtures/handshakes.ts';
import {
  BASIC_CREDENTIALS,
  BASIC_PASSWORD,
  RFC_BASIC_CREDENTIALS,
  SCENARIO_JWT,
  STALWART_OPAQUE_TOKEN,
  TICKET,
} from '../../../fixtures/secrets.ts';

const secretsIn = (text: string) => findTextSecrets(text).map((found) => found.secret);

describe('findTextSecrets', () => {
  test('URLs anywhere in the text, including JSON-escaped ones', () => {
    expect(secretsIn(`connecting to ${F3_URL} now`)).toContain('Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D');
    expect(secretsIn(`{"url":"wss:\\/\\/h\\/ws?ticket=${TICKET}"}`)).toEqual([TICKET]);
    expect(secretsIn('see wss://alice:hunter22@h/ws')).toEqual(['hunter22']);
  });

  test('a URL that ends a sentence or a parenthesis: the punctuation is prose, not part of the secret', () => {
    const token = 'abcdefgh1234567890';
    for (const tail of [').', '.', ',', ')', '!'])
      expect(
        new Set(findTextSecrets(`(see wss://h/jmap/ws?access_token=${token}${tail} next`).map((found) => found.secret)),
      ).toEqual(new Set([token]));
    expect(findTextSecrets('(#1 wss://h/jmap/ws?access_token=[REDACTED:abc123]).')).toEqual([]);
    expect(findTextSecrets('wss://h/jmap/ws?access_token=[REDACTED:abc123]')).toEqual([]);
  });

  test('request lines and relative URLs: the query pair itself', () => {
    expect(secretsIn(`GET /jmap/ws?ticket=${TICKET} HTTP/1.1`)).toEqual([TICKET]);
  });

  test('header lines: Authorization, X-Auth-Token, cookies', () => {
    expect(findTextSecrets(`Authorization: Basic ${RFC_BASIC_CREDENTIALS}`).map((found) => found.credential)).toEqual([
      RFC_BASIC_CREDENTIALS,
      RFC_BASIC_CREDENTIALS,
    ]);
    expect(secretsIn('X-Auth-Token: tok_9f8e7d6c5b')).toEqual(['tok_9f8e7d6c5b']);
    expect(secretsIn('Cookie: theme=dark; JSESSIONID=0A1B2C3D4E5F')).toEqual(['0A1B2C3D4E5F']);
  });

  test('JSON fields by name, with the value as written between the quotes', () => {
    const text = `{"accessToken":"${STALWART_OPAQUE_TOKEN}","password":"${BASIC_PASSWORD}","sessionState":"abc123def456"}`;
    expect(findTextSecrets(text)).toMatchObject([
      { secret: STALWART_OPAQUE_TOKEN, shape: 'opaque', what: 'field "accessToken" (standard base64, 44 chars)' },
      { secret: BASIC_PASSWORD, shape: 'password', what: 'field "password" (a password)' },
    ]);
  });

  test('JSON escapes: the secret as written, the credential unescaped', () => {
    expect(findTextSecrets('{"password":"a\\"b\\\\c"}')).toMatchObject([
      { secret: 'a\\"b\\\\c', credential: 'a"b\\c' },
    ]);
    expect(findTextSecrets("{'pwd':'hunter2'}")).toMatchObject([{ secret: 'hunter2' }]);
    expect(findTextSecrets('{"password":"bad\\xescape"}')).toMatchObject([
      { secret: 'bad\\xescape', credential: 'bad\\xescape' },
    ]);
  });

  test('nested: a query pair inside a JSON string value', () => {
    expect(secretsIn(`{"next":"/jmap/ws?access_token=${SCENARIO_JWT}"}`)).toEqual([SCENARIO_JWT]);
  });

  test('JWTs and Bearer/Basic values anywhere', () => {
    expect(secretsIn(`token was ${SCENARIO_JWT}.`)).toEqual([SCENARIO_JWT]);
    expect(secretsIn(`"Bearer ${STALWART_OPAQUE_TOKEN}"`)).toEqual([STALWART_OPAQUE_TOKEN]);
    expect(secretsIn(`header Basic%20${encodeURIComponent(BASIC_CREDENTIALS)} sent`)).toEqual([
      encodeURIComponent(BASIC_CREDENTIALS),
    ]);
  });

  test('prose and challenges are not credentials', () => {
    const challenge =
      'WWW-Authenticate: Basic realm="simple", Bearer realm="JWT", Ticket realm="https://jmap.example.com"';
    expect(findTextSecrets(challenge)).toEqual([]);
    expect(findTextSecrets('Use Basic authentication or a Bearer token; password: ab')).toEqual([]);
    expect(findTextSecrets('Bearer resource_metadata="/.well-known/oauth-protected-resource"')).toEqual([]);
    expect(findTextSecrets('{"token_type":"Bearer","expires_in":3600,"key":"Email"}')).toEqual([]);
  });

  test('JMAP frames from the scenarios hold no credentials', () => {
    const stateChange =
      '{"@type":"StateChange","changed":{"ff8d9819fc0e12bf0d24892e45987e249a28dce836a85cad60e28eaaa8c6d976":{"Email":"0b3a6f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"}},"pushState":"277737e71c6d0988f1878193285a92fe13c09de0e3f1034787c561cff8f5a8dc"}';
    expect(findTextSecrets(stateChange)).toEqual([]);
    expect(
      findTextSecrets('{"@type":"Response","requestId":"R1","sessionState":"2c9f1b12-b35a","methodResponses":[]}'),
    ).toEqual([]);
  });

  test('each secret once', () => {
    expect(secretsIn(`${SCENARIO_JWT} and again ${SCENARIO_JWT}`)).toEqual([SCENARIO_JWT]);
  });

  test('never throws, and stays fast on long hostile text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ':', '=', '"', '\\', ' ', 'B', 'e', 'y', 'J', '.', '%', '/') }),
        (text) => {
          findTextSecrets(text);
        },
      ),
    );
    const started = performance.now();
    findTextSecrets(`${'a:'.repeat(50_000)}${'"x":"'.repeat(20_000)}${'eyJ'.repeat(20_000)}`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
