import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import { tokenExpired } from '../../../../../src/core/diagnosis/rules/token-expired.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { F2_JWT, F4_HANDSHAKE } from '../../../../fixtures/handshakes.ts';
import {
  F2_TOKEN_EXPIRED,
  F2_TOKEN_PROXY_OK,
  F2B_PROXY_NO_HEADER,
  F3_BASIC_RAW_COPY,
  refused,
  STALWART,
} from '../../../../fixtures/scenarios.ts';
import { buildJwt, EXPIRED_JWT, SECRETS_NOW } from '../../../../fixtures/secrets.ts';

/** EXPIRED_JWT expired an hour before SECRETS_NOW. */
const EXP_MS = SECRETS_NOW - 3_600_000;
const STALWART_401 = F2B_PROXY_NO_HEADER.handshake;

function withUrl(url: string, createdAt: number): ConnectionRecord {
  return refused('t', { ...STALWART_401, url }, createdAt);
}

function run(connection: ConnectionRecord, context = {}) {
  return tokenExpired(connectionFacts(connection, { session: STALWART, ...context }));
}

describe('token-expired', () => {
  test('the F2 expired-token scenario', () => {
    const cause = run(F2_TOKEN_EXPIRED);
    expect(cause?.explanation).toContain('2 h 40 min (9600 s) before the handshake');
  });

  test('a 401 on an access_token JWT that expired before the handshake', () => {
    const cause = run(withUrl(`wss://mail.example.org/jmap/ws?access_token=${EXPIRED_JWT}`, EXP_MS + 300_000));
    expect(cause?.id).toBe('token-expired');
    expect(cause?.explanation).toContain(`expired at ${new Date(EXP_MS).toISOString()}`);
    expect(cause?.explanation).toContain('5 min (300 s) before the handshake');
    expect(cause?.explanation).toContain('query parameter "access_token"');
    expect(JSON.stringify(cause)).not.toContain(EXPIRED_JWT);
  });

  test('authorization=Bearer+… in the query', () => {
    const cause = run(withUrl(`wss://mail.example.org/jmap/ws?authorization=Bearer+${EXPIRED_JWT}`, EXP_MS + 1_500));
    expect(cause?.explanation).toContain('query parameter "authorization"');
    expect(cause?.explanation).toContain('1.5 s before the handshake');
  });

  test('a Bearer Authorization header (a non-browser client)', () => {
    const headers = [{ name: 'Authorization', value: `Bearer ${EXPIRED_JWT}` }];
    const connection = refused(
      'h',
      { ...STALWART_401, url: 'wss://x.example/jmap/ws', requestHeaders: headers },
      EXP_MS + 10,
    );
    expect(run(connection)?.explanation).toContain('the Authorization header');
  });

  test('a token still valid at the handshake is not this cause', () => {
    expect(run(withUrl(`wss://mail.example.org/jmap/ws?access_token=${EXPIRED_JWT}`, EXP_MS - 1_000))).toBeUndefined();
  });

  test('a JWT without exp, Basic credentials and opaque tokens are not this cause', () => {
    expect(run(withUrl(`wss://mail.example.org/jmap/ws?access_token=${F2_JWT}`, EXP_MS))).toBeUndefined();
    expect(run(F3_BASIC_RAW_COPY)).toBeUndefined();
    expect(run(withUrl('wss://mail.example.org/jmap/ws?access_token=opaque', EXP_MS))).toBeUndefined();
    const basicHeader = refused('b', { ...F4_HANDSHAKE, status: 401 }, EXP_MS);
    expect(run(basicHeader)).toBeUndefined();
  });

  test('a 1008 close after the token expired during the connection (RFC 8887 §4.2)', () => {
    const connection: ConnectionRecord = {
      ...F2_TOKEN_PROXY_OK,
      handshake: { ...F2_TOKEN_PROXY_OK.handshake, url: `wss://mail.example.org/jmap/ws?access_token=${EXPIRED_JWT}` },
      createdAt: EXP_MS - 600_000,
      closedAt: EXP_MS + 20_000,
      close: { code: 1008, reason: 'token expired', wasClean: true },
    };
    const cause = run(connection);
    expect(cause?.title).toContain('(1008)');
    expect(cause?.explanation).toContain('close code 1008 (clean) and reason "token expired"');
    expect(cause?.explanation).toContain('20 s before the close');
  });

  test('a 1008 close while the token was valid, or a still-open connection checked against now', () => {
    const url = `wss://mail.example.org/jmap/ws?access_token=${EXPIRED_JWT}`;
    const base = {
      ...F2_TOKEN_PROXY_OK,
      handshake: { ...F2_TOKEN_PROXY_OK.handshake, url },
      createdAt: EXP_MS - 600_000,
    };
    const early = { ...base, closedAt: EXP_MS - 1, close: { code: 1008, reason: '', wasClean: true } };
    expect(run(early)).toBeUndefined();
    const noEnd = { ...base, close: { code: 1008, reason: '', wasClean: true } };
    expect(run(noEnd, { now: EXP_MS + 1_000 })?.id).toBe('token-expired');
    expect(run(noEnd)).toBeUndefined();
  });

  test('an exp far out of the Date range does not throw', () => {
    const farPast = buildJwt({ sub: 'alice', exp: -1e300 });
    const cause = run(withUrl(`wss://mail.example.org/jmap/ws?access_token=${farPast}`, 0));
    expect(cause?.explanation).toContain('an out-of-range time');
  });
});
