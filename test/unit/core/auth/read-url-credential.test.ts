import { describe, expect, test } from 'vitest';
import { readUrlCredentials } from '../../../../src/core/auth/read-url-credential.ts';
import { F1_TICKET, F2_JWT, F3_BASIC, F3_URL } from '../../../fixtures/handshakes.ts';

const BASE = 'wss://mail.example.org/jmap/ws';

describe('readUrlCredentials', () => {
  test('parameter names match case-insensitively, and the name is kept as written', () => {
    const reading = readUrlCredentials(`${BASE}?Access_Token=${F2_JWT}&AUTHORIZATION=Bearer+${F2_JWT}`);
    expect(reading.candidates.map((candidate) => [candidate.strategy, candidate.credential?.param])).toEqual([
      ['query-access-token', 'Access_Token'],
      ['query-authorization', 'AUTHORIZATION'],
    ]);
    expect(reading.candidates[1]?.credential).toMatchObject({ scheme: 'Bearer', value: `Bearer ${F2_JWT}` });
    expect(reading.candidates[1]?.evidence[0]).toBe(
      'query parameter "AUTHORIZATION" holds a Bearer token (JWT, alg RS256, sub alice)',
    );
  });

  test('a mixed-case ticket name is still a ticket, but tmail-backend would not read it', () => {
    const [candidate] = readUrlCredentials(`${BASE}?Ticket=${F1_TICKET}`).candidates;
    expect(candidate?.strategy).toBe('ticket');
    expect(candidate?.evidence[1]).toBe(
      'tmail-backend looks the name up exactly ("ticket", Netty\'s QueryStringDecoder), so "Ticket" is not read',
    );
  });

  test('aliases of access_token are bearer tokens, with a warning that a proxy for access_token ignores them', () => {
    for (const name of ['token', 'auth_token', 'bearer', 'jwt', 'id_token', 'accessToken']) {
      const [candidate] = readUrlCredentials(`${BASE}?${name}=${F2_JWT}`).candidates;
      expect(candidate?.strategy).toBe('query-access-token');
      expect(candidate?.evidence[1]).toBe(
        `"${name}" is not the RFC 6750 name access_token: a proxy set up for access_token ignores it`,
      );
    }
  });

  test('names that are not bearer tokens are left to the secrets scanner', () => {
    expect(readUrlCredentials(`${BASE}?api_key=abcdef123456&key=x&code=y&session=z`)).toEqual({
      candidates: [],
      notes: [],
    });
  });

  test('empty values are not credentials, and the evidence says so', () => {
    const reading = readUrlCredentials(`${BASE}?access_token=&ticket&authorization=Basic+&token=%20`);
    expect(reading.candidates).toEqual([]);
    expect(reading.notes).toEqual([
      'query parameter "access_token" is present but empty: not a credential',
      'query parameter "ticket" is present but empty: not a credential',
      'query parameter "authorization" holds only the scheme "Basic" with nothing after it: not a credential',
      'query parameter "token" is present but empty: not a credential',
    ]);
  });

  test('a lone scheme word is a scheme with nothing after it', () => {
    expect(readUrlCredentials(`${BASE}?authorization=bearer`).notes).toEqual([
      'query parameter "authorization" holds only the scheme "Bearer" with nothing after it: not a credential',
    ]);
  });

  test('a second "?" still yields the parameter, with a warning that servers will not see it', () => {
    const reading = readUrlCredentials(`${BASE}?lang=fr?ticket=${F1_TICKET}`);
    expect(reading.candidates[0]?.credential?.value).toBe(F1_TICKET);
    expect(reading.notes).toEqual([
      'query parameter "ticket" comes after a second "?": servers that split the query only at "&" (such as Netty\'s QueryStringDecoder in tmail-backend) read it as part of the text before it and never see it',
    ]);
  });

  test('a doubled "??" hides the parameter as well', () => {
    expect(readUrlCredentials(`${BASE}??ticket=${F1_TICKET}`).notes).toHaveLength(1);
  });

  test('a repeated parameter is reported once with its count; both values are candidates', () => {
    const reading = readUrlCredentials(`${BASE}?access_token=${F2_JWT}&ACCESS_TOKEN=other-token-value`);
    expect(reading.candidates).toHaveLength(2);
    expect(reading.notes).toEqual([
      'query parameter "access_token" appears 2 times: servers and proxies may pick different ones',
    ]);
  });

  test('the fragment is not part of the query', () => {
    expect(readUrlCredentials(`${BASE}#access_token=${F2_JWT}`).candidates).toEqual([]);
  });

  test('a value that already carries "Bearer " in access_token', () => {
    const [candidate] = readUrlCredentials(`${BASE}?access_token=Bearer+${F2_JWT}`).candidates;
    expect(candidate?.credential).toMatchObject({ scheme: 'Bearer', value: `Bearer ${F2_JWT}` });
    expect(candidate?.evidence).toContain(
      'its value already starts with "Bearer ": a proxy that prepends "Bearer " sends a scheme twice',
    );
  });

  test('a hand-built URL with a raw standard-base64 token keeps the + and warns about form decoders', () => {
    const [candidate] = readUrlCredentials(
      `${BASE}?access_token=q7Yd+4n/Zp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP=`,
    ).candidates;
    expect(candidate?.credential).toMatchObject({
      value: 'q7Yd+4n/Zp0Lw9xK3mT2aB1cD5eF6gH7iJ8kL9mN0oP=',
      encoding: 'raw',
    });
    expect(candidate?.evidence).toContain(
      'its raw value holds a literal "+", which form decoders (URLSearchParams, Netty) read as a space',
    );
  });

  test('authorization values: other schemes, no scheme, undecodable Basic', () => {
    const describe = (value: string) => readUrlCredentials(`${BASE}?authorization=${value}`).candidates[0]?.evidence;
    expect(describe('Digest%20abcdef')?.[0]).toBe(
      'query parameter "authorization" holds credentials with scheme "Digest" (hex, 6 chars)',
    );
    expect(describe(F2_JWT)?.[0]).toBe(
      'query parameter "authorization" holds a value with no auth scheme (JWT, alg RS256, sub alice): as a header it would name no scheme',
    );
    expect(describe('Basic+%25%25%25')?.[1]).toBe('the Basic value does not decode to user:password');
  });

  test('the F3 value under every encoding decodes to the same credential', () => {
    const value = `Basic ${F3_BASIC}`;
    const raws = [
      'Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D',
      'Basic%20YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D',
      `Basic+${F3_BASIC}`,
      'Basic%2BYWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%253D',
    ];
    const encodings = raws.map((raw) => {
      const [candidate] = readUrlCredentials(`${BASE}?authorization=${raw}`).candidates;
      expect(candidate?.credential?.value).toBe(value);
      expect(candidate?.evidence.slice(0, 2)).toEqual([
        'query parameter "authorization" holds Basic credentials, that is the password itself',
        'Basic credentials for user alice@example.com (with a password)',
      ]);
      return candidate?.credential?.encoding;
    });
    expect(encodings).toEqual(['form', 'percent', 'form', 'double']);
    expect(readUrlCredentials(F3_URL).candidates[0]?.evidence).toContain(
      'a proxy must URL-decode it before building the Authorization header (nginx $arg_ and HAProxy urlp() hand it over still encoded)',
    );
  });

  test('double encoding is named', () => {
    const [candidate] = readUrlCredentials(`${BASE}?access_token=q7Yd%252B4n%252FZp0%253D`).candidates;
    expect(candidate?.credential).toMatchObject({ value: 'q7Yd+4n/Zp0=', encoding: 'double' });
    expect(candidate?.evidence).toContain(
      'its value is encoded twice (%252B, %252F, %253D): something encoded an already encoded value',
    );
  });
});
