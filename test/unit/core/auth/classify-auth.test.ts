import { describe, expect, test } from 'vitest';
import { classifyAuth } from '../../../../src/core/auth/classify-auth.ts';
import { expectNoSecret } from '../../../fixtures/expect-no-secret.ts';
import {
  CYRUS_HANDSHAKE,
  F1_CREATED_AT,
  F1_HANDSHAKE,
  F1_TICKET,
  F1_TICKET_MINT,
  F2_HANDSHAKE,
  F2_JWT,
  F2_OLD_TOKEN,
  F2_OLD_TOKEN_ENCODED,
  F2_OLD_TOKEN_HANDSHAKE,
  F2B_HANDSHAKE,
  F3_BASIC,
  F3_HANDSHAKE_A,
  F3_HANDSHAKE_B,
  F4_BASIC,
  F4_HANDSHAKE,
  F5A_HANDSHAKE,
  F5A_MALFORMED_TICKET_HANDSHAKE,
  F5B_HANDSHAKE,
  F5C_HANDSHAKE,
  F6_HANDSHAKE,
} from '../../../fixtures/handshakes.ts';

describe('classifyAuth on the SCENARIOS fixtures', () => {
  test('F1: a UUID ticket minted 0.1 s earlier with the same value', () => {
    const result = classifyAuth({ handshake: F1_HANDSHAKE, ticketMint: F1_TICKET_MINT, createdAt: F1_CREATED_AT });
    expect(result.strategy).toBe('ticket');
    expect(result.credential).toEqual({ param: 'ticket', raw: F1_TICKET, value: F1_TICKET, encoding: 'raw' });
    expect(result.evidence).toContain('query parameter "ticket" holds a ticket (UUID, the tmail-backend format)');
    expect(result.evidence).toContain(
      'ticket POST 0.1 s before the handshake returned the same ticket value (within its 60 s lifetime, single use)',
    );
    expect(result.evidence).toContain('the ticket POST authenticated with a Bearer Authorization header');
    expect(result.evidence).toContain('the ticket was minted for user alice@example.com');
    expect(result.evidence).toContain('request headers known: no Authorization header and no cookies were sent');
    expectNoSecret(result.evidence, [F1_TICKET]);
  });

  test('F1 without the mint still classifies as a ticket and says no POST was seen', () => {
    const result = classifyAuth({ handshake: F1_HANDSHAKE });
    expect(result.strategy).toBe('ticket');
    expect(result.evidence).toContain('no ticket POST was seen before the handshake (it may predate the capture)');
  });

  test('F5a: the reused ticket is still the ticket strategy; a mint 75 s old is called out', () => {
    const result = classifyAuth({
      handshake: F5A_HANDSHAKE,
      ticketMint: F1_TICKET_MINT,
      createdAt: F1_TICKET_MINT.at + 75_000,
    });
    expect(result.strategy).toBe('ticket');
    expect(result.evidence).toContain('ticket POST 75.0 s before the handshake returned the same ticket value');
    expect(result.evidence).toContain(
      'the ticket was 75.0 s old at the handshake, past its 60 s lifetime: tmail-backend answers 401 "User is forbidden to use this ticket"',
    );
  });

  test('F5a variant: a ticket that is not a UUID', () => {
    const result = classifyAuth({ handshake: F5A_MALFORMED_TICKET_HANDSHAKE });
    expect(result.strategy).toBe('ticket');
    expect(result.evidence[0]).toBe(
      'query parameter "ticket" holds a ticket (base64url, 10 chars, not a UUID: tmail-backend answers 401 "Invalid ticket passed as a query parameter")',
    );
  });

  test('F2: a JWT access_token passes query encoding unchanged', () => {
    for (const handshake of [F2_HANDSHAKE, F2B_HANDSHAKE, F5C_HANDSHAKE, F6_HANDSHAKE]) {
      const result = classifyAuth({ handshake });
      expect(result.strategy).toBe('query-access-token');
      expect(result.credential).toEqual({ param: 'access_token', raw: F2_JWT, value: F2_JWT, encoding: 'raw' });
      expect(result.evidence[0]).toBe(
        'query parameter "access_token" holds a bearer token (JWT, alg RS256, sub alice)',
      );
      expect(result.evidence).toContain('its value is written raw, with no escapes');
      expectNoSecret(result.evidence, [F2_JWT, F2_JWT.split('.')[2] ?? F2_JWT]);
    }
  });

  test('F2: the old standard-base64 token arrives percent-encoded and needs decoding by the proxy', () => {
    const result = classifyAuth({ handshake: F2_OLD_TOKEN_HANDSHAKE });
    expect(result.strategy).toBe('query-access-token');
    expect(result.credential).toEqual({
      param: 'access_token',
      raw: F2_OLD_TOKEN_ENCODED,
      value: F2_OLD_TOKEN,
      encoding: 'percent',
    });
    expect(result.evidence[0]).toBe('query parameter "access_token" holds a bearer token (standard base64, 44 chars)');
    expect(result.evidence).toContain(
      'its value is written in percent encoding as encodeURIComponent produces it: %2B, %2F, %3D',
    );
    expect(result.evidence.some((line) => line.startsWith('a proxy must URL-decode it'))).toBe(true);
    expectNoSecret(result.evidence, [F2_OLD_TOKEN, F2_OLD_TOKEN_ENCODED, 'q7Yd']);
  });

  test('F3: Basic credentials in the authorization parameter, in both outcomes', () => {
    for (const handshake of [F3_HANDSHAKE_A, F3_HANDSHAKE_B]) {
      const result = classifyAuth({ handshake });
      expect(result.strategy).toBe('query-authorization');
      expect(result.credential).toEqual({
        param: 'authorization',
        raw: 'Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D',
        value: `Basic ${F3_BASIC}`,
        encoding: 'form',
        scheme: 'Basic',
      });
      expect(result.evidence.slice(0, 3)).toEqual([
        'query parameter "authorization" holds Basic credentials, that is the password itself',
        'Basic credentials for user alice@example.com (with a password)',
        'its value is written in form encoding as Dart and URLSearchParams produce it: + for space, %3D',
      ]);
      expectNoSecret(result.evidence, [F3_BASIC, 'YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE', 'S3cret']);
    }
  });

  test('F4: an Authorization Basic header (RFC 8887 example)', () => {
    const result = classifyAuth({ handshake: F4_HANDSHAKE });
    expect(result.strategy).toBe('header-basic');
    expect(result.credential).toBeUndefined();
    expect(result.evidence).toEqual([
      'Authorization request header carries Basic credentials',
      'Basic credentials for user foo (with a password)',
    ]);
    expectNoSecret(result.evidence, [F4_BASIC, 'bar']);
  });

  test('F5b: nothing at all, with request headers known', () => {
    const result = classifyAuth({ handshake: F5B_HANDSHAKE });
    expect(result).toEqual({
      strategy: 'none',
      evidence: [
        'no credential in the URL, the offered subprotocols or the visible request headers',
        'request headers known: no Authorization header and no cookies were sent',
      ],
    });
  });

  test('headers as Chromium shows them (partial): none, and the evidence says a credential may have gone unseen', () => {
    const result = classifyAuth({ handshake: { ...F5B_HANDSHAKE, status: 101, requestHeadersPartial: true } });
    expect(result.strategy).toBe('none');
    expect(result.evidence.join(' ')).toMatch(/Chromium adds the Authorization of its HTTP auth cache.*deep capture/);
    expect(result.evidence).not.toContain('request headers known: no Authorization header and no cookies were sent');
  });

  test('Cyrus (trailing slash), headers unknown: none, and the evidence says the headers were hidden', () => {
    const result = classifyAuth({ handshake: CYRUS_HANDSHAKE });
    expect(result.strategy).toBe('none');
    expect(result.evidence).toContain(
      'request headers unknown: the browser did not expose them, so an Authorization or Cookie header may have been sent unseen',
    );
  });
});
