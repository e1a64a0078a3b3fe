import { describe, expect, test } from 'vitest';
import { classifyAuth } from '../../../../src/core/auth/classify-auth.ts';
import type { HandshakeRecord } from '../../../../src/core/model/handshake-record.ts';
import { expectNoSecret } from '../../../fixtures/expect-no-secret.ts';
import {
  F1_CREATED_AT,
  F1_HANDSHAKE,
  F1_TICKET,
  F1_TICKET_MINT,
  F2_HANDSHAKE,
  F2_JWT,
  F4_BASIC,
  F5B_HANDSHAKE,
} from '../../../fixtures/handshakes.ts';

const withHeaders = (handshake: HandshakeRecord, extra: { name: string; value: string }[]): HandshakeRecord => ({
  ...handshake,
  requestHeaders: [...(handshake.requestHeaders ?? []), ...extra],
});

describe('precedence', () => {
  test('a proxy-injected Authorization header wins over access_token in the URL, which stays in evidence', () => {
    const handshake = withHeaders(F2_HANDSHAKE, [{ name: 'authorization', value: `bearer ${F2_JWT}` }]);
    const result = classifyAuth({ handshake });
    expect(result.strategy).toBe('header-bearer');
    expect(result.credential).toBeUndefined();
    expect(result.evidence[0]).toBe('Authorization request header carries a Bearer token (JWT, alg RS256, sub alice)');
    expect(result.evidence).toContain(
      'also present, ranked lower: query parameter "access_token" holds a bearer token (JWT, alg RS256, sub alice)',
    );
    expect(result.evidence.some((line) => line.startsWith('behind a proxy that converts query credentials'))).toBe(
      true,
    );
    expectNoSecret(result.evidence, [F2_JWT]);
  });

  test('an Authorization header wins over a ticket', () => {
    const handshake = withHeaders(F1_HANDSHAKE, [{ name: 'Authorization', value: `Basic ${F4_BASIC}` }]);
    const result = classifyAuth({ handshake, ticketMint: F1_TICKET_MINT, createdAt: F1_CREATED_AT });
    expect(result.strategy).toBe('header-basic');
    expect(result.evidence).toContain(
      'also present, ranked lower: query parameter "ticket" holds a ticket (UUID, the tmail-backend format)',
    );
    expect(result.evidence.some((line) => line.startsWith('behind a proxy'))).toBe(false);
  });

  test('ticket beats authorization, which beats access_token', () => {
    const url = `wss://h/jmap/ws?access_token=${F2_JWT}&authorization=Basic+${encodeURIComponent(F4_BASIC)}&ticket=${F1_TICKET}`;
    expect(classifyAuth({ handshake: { url, protocols: ['jmap'] } }).strategy).toBe('ticket');
    const noTicket = url.replace(`&ticket=${F1_TICKET}`, '');
    const result = classifyAuth({ handshake: { url: noTicket, protocols: ['jmap'] } });
    expect(result.strategy).toBe('query-authorization');
    expect(result.credential?.value).toBe(`Basic ${F4_BASIC}`);
    expect(result.evidence).toContain(
      'also present, ranked lower: query parameter "access_token" holds a bearer token (JWT, alg RS256, sub alice)',
    );
  });

  test('a subprotocol token beats query credentials and loses to a header', () => {
    const handshake: HandshakeRecord = {
      url: `wss://h/jmap/ws?access_token=${F2_JWT}`,
      protocols: ['jmap', F2_JWT],
    };
    expect(classifyAuth({ handshake }).strategy).toBe('subprotocol-token');
    const withHeader = withHeaders(handshake, [{ name: 'Authorization', value: `Bearer ${F2_JWT}` }]);
    expect(classifyAuth({ handshake: withHeader }).strategy).toBe('header-bearer');
  });

  test('cookies decide only when nothing else is there', () => {
    const cookie = [{ name: 'Cookie', value: 'JSESSIONID=abc123secretvalue; lang=fr' }];
    const alone = classifyAuth({ handshake: withHeaders(F5B_HANDSHAKE, cookie) });
    expect(alone.strategy).toBe('cookie');
    expect(alone.evidence[0]).toBe('Cookie request header carries 2 cookie(s) (names: JSESSIONID, lang)');
    expectNoSecret(alone.evidence, ['abc123secretvalue']);
    const withTicket = classifyAuth({ handshake: withHeaders(F1_HANDSHAKE, cookie) });
    expect(withTicket.strategy).toBe('ticket');
    expect(withTicket.evidence).toContain(
      'also present, ranked lower: Cookie request header carries 2 cookie(s) (names: JSESSIONID, lang)',
    );
  });

  test('an Authorization header with an unknown scheme is no strategy, but is said', () => {
    const result = classifyAuth({
      handshake: withHeaders(F5B_HANDSHAKE, [
        { name: 'Authorization', value: 'Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnag' },
      ]),
    });
    expect(result.strategy).toBe('none');
    expect(result.evidence.some((line) => line.includes('uses scheme "Negotiate"'))).toBe(true);
    expectNoSecret(result.evidence, ['YIIGhgYGKwYBBQUCoIIGejCCBnag']);
  });
});
