import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../src/core/diagnosis/connection-facts.ts';
import {
  closeSummary,
  credentialShape,
  duration,
  isoTime,
  quote,
  rejectionSummary,
  seconds,
} from '../../../../src/core/diagnosis/explain.ts';
import { F2_JWT } from '../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2B_PROXY_NO_HEADER,
  F5A_TICKET_REUSED,
  F6_STALWART_UPGRADE_DROPPED,
} from '../../../fixtures/scenarios.ts';

const F2B_FACTS = connectionFacts(F2B_PROXY_NO_HEADER);

describe('explain helpers', () => {
  test('seconds rounds to a tenth and drops ".0"', () => {
    expect(seconds(59_840)).toBe('59.8 s');
    expect(seconds(60_000)).toBe('60 s');
    expect(seconds(40)).toBe('0 s');
    expect(seconds(-1_500)).toBe('-1.5 s');
  });

  test('duration adds a readable form beyond two minutes', () => {
    expect(duration(90_000)).toBe('90 s');
    expect(duration(7_500_000)).toBe('2 h 5 min (7500 s)');
    expect(duration(-7_500_000)).toBe('2 h 5 min (-7500 s)');
    expect(duration(Number.NaN)).toBe('NaN s');
  });

  test('isoTime never throws', () => {
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoTime(Number.NaN)).toBe('an out-of-range time');
    expect(isoTime(1e300)).toBe('an out-of-range time');
  });

  test('quote masks this connection’s secrets and shortens long text', () => {
    expect(quote(F2B_FACTS, `token ${F2_JWT} refused`)).not.toContain(F2_JWT);
    const long = quote(F2B_FACTS, 'x'.repeat(400));
    expect(long).toHaveLength(163);
    expect(long.endsWith('…"')).toBe(true);
  });

  test('rejectionSummary: challenges, detail, or their absence', () => {
    expect(rejectionSummary(F2B_FACTS)).toBe(
      'The handshake was answered HTTP 401 with WWW-Authenticate: Bearer realm="Stalwart Server", resource_metadata="/.well-known/oauth-protected-resource"; Basic realm="Stalwart Server". The body says "You have to authenticate first.".',
    );
    expect(rejectionSummary(connectionFacts(F5A_TICKET_REUSED))).toBe(
      'The handshake was answered HTTP 401 without a WWW-Authenticate challenge. The body says "User is forbidden to use this ticket".',
    );
    expect(rejectionSummary(connectionFacts(F6_STALWART_UPGRADE_DROPPED))).toBe(
      'The handshake was answered HTTP 400. The body says "WebSocket upgrade failed".',
    );
    const titleOnly = {
      ...F5A_TICKET_REUSED,
      handshake: { ...F5A_TICKET_REUSED.handshake, responseBody: '{"title":"Nope"}' },
    };
    expect(rejectionSummary(connectionFacts(titleOnly))).toContain('The body says "Nope".');
  });

  test('closeSummary', () => {
    expect(closeSummary(F2B_FACTS, undefined)).toBe('the connection ended without a close code');
    expect(closeSummary(F2B_FACTS, { code: 1006, reason: '', wasClean: false })).toBe('close code 1006 (not clean)');
    expect(closeSummary(F2B_FACTS, { code: 1000, reason: 'bye', wasClean: true })).toBe(
      'close code 1000 (clean) and reason "bye"',
    );
  });

  test('credentialShape names the parameter and encoding, never the value', () => {
    expect(credentialShape(F2B_FACTS)).toBe('query parameter "access_token" (raw encoding)');
    expect(credentialShape(connectionFacts(F1_TICKET_OK))).toBe('no query credential');
  });
});
