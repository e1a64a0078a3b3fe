import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import { credentialNotDecoded } from '../../../../../src/core/diagnosis/rules/credential-not-decoded.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { F2_OLD_TOKEN, F3_BASIC, F3_URL } from '../../../../fixtures/handshakes.ts';
import {
  F2_OLD_TOKEN_RAW_COPY,
  F2B_PROXY_NO_HEADER,
  F3_BASIC_DECODED_OK,
  F3_BASIC_RAW_COPY,
  refused,
  STALWART,
} from '../../../../fixtures/scenarios.ts';

function withQuery(query: string): ConnectionRecord {
  return refused('q', { ...F2B_PROXY_NO_HEADER.handshake, url: `wss://mail.example.org/jmap/ws?${query}` }, 0);
}

function run(connection: ConnectionRecord) {
  return credentialNotDecoded(connectionFacts(connection, { session: STALWART }));
}

describe('credential-not-decoded', () => {
  test('F3 outcome B: Basic+…%3D forwarded raw', () => {
    const cause = run(F3_BASIC_RAW_COPY);
    expect(cause?.id).toBe('credential-not-decoded');
    expect(cause?.explanation).toContain('"+" for a space, "%3D" for "="');
    expect(cause?.explanation).toContain('"Basic+…" with no space');
    expect(cause?.explanation).toContain('Missing Authorization header');
    expect(cause?.checks[0]).toContain('exactly once');
    expect(JSON.stringify(cause)).not.toContain(F3_BASIC);
    expect(JSON.stringify(cause)).not.toContain(F3_URL.split('=')[1]);
  });

  test('an old standard-base64 token: %2B, %2F and %3D, token bytes differ', () => {
    const cause = run(F2_OLD_TOKEN_RAW_COPY);
    expect(cause?.explanation).toContain('"%3D" for "=", "%2B" for "+", "%2F" for "/"');
    expect(cause?.explanation).toContain('the token bytes differ');
    expect(JSON.stringify(cause)).not.toContain(F2_OLD_TOKEN);
  });

  test('percent-encoded space after the scheme', () => {
    expect(run(withQuery('authorization=Basic%20dXNlcjpwYXNz'))?.explanation).toContain('"%20" for a space');
  });

  test('a value encoded twice', () => {
    expect(run(withQuery('access_token=ab%252Bcd'))?.explanation).toContain('"%25" escapes (encoded twice)');
  });

  test('other escapes only', () => {
    expect(run(withQuery('access_token=ab%41cd'))?.explanation).toContain('other %XX escapes');
  });

  test('a literal "+" the client did not encode (PROXIES T_RAW)', () => {
    const cause = run(withQuery('access_token=ab+cd/ef=='));
    expect(cause?.title).toContain('unencoded "+"');
    expect(cause?.checks[0]).toContain('%2B');
  });

  test('a JWT travels unchanged: nothing to decode', () => {
    expect(run(F2B_PROXY_NO_HEADER)).toBeUndefined();
    expect(run(withQuery('access_token=plain-token'))).toBeUndefined();
  });

  test('only a 401 counts', () => {
    expect(run(F3_BASIC_DECODED_OK)).toBeUndefined();
  });

  test('no query credential, nothing to say', () => {
    expect(run(withQuery('other=1'))).toBeUndefined();
  });
});
