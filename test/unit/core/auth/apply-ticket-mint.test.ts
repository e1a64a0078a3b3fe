import { describe, expect, test } from 'vitest';
import { applyTicketMint } from '../../../../src/core/auth/apply-ticket-mint.ts';
import { readUrlCredentials } from '../../../../src/core/auth/read-url-credential.ts';
import { F1_CREATED_AT, F1_TICKET, F1_TICKET_MINT, F1_URL, F2_URL } from '../../../fixtures/handshakes.ts';

const apply = (url: string, createdAt = F1_CREATED_AT) =>
  applyTicketMint(readUrlCredentials(url), url, F1_TICKET_MINT, createdAt);

describe('applyTicketMint', () => {
  test('adds the mint evidence to the ticket candidate', () => {
    const [candidate] = apply(F1_URL).candidates;
    expect(candidate?.evidence).toContain(
      'ticket POST 0.1 s before the handshake returned the same ticket value (within its 60 s lifetime, single use)',
    );
  });

  test('the minted ticket under another name is still the ticket flow, and replaces that candidate', () => {
    const url = `wss://jmap.example.com/jmap/ws?token=${F1_TICKET}`;
    const reading = apply(url);
    expect(reading.candidates).toHaveLength(1);
    expect(reading.candidates[0]?.strategy).toBe('ticket');
    expect(reading.candidates[0]?.credential).toEqual({
      param: 'token',
      raw: F1_TICKET,
      value: F1_TICKET,
      encoding: 'raw',
    });
    expect(reading.candidates[0]?.evidence[0]).toBe(
      'query parameter "token" holds the ticket the preceding POST minted, but tmail-backend reads only "ticket"',
    );
  });

  test('a mint with no ticket in the URL is a note', () => {
    const reading = apply(F2_URL);
    expect(reading.candidates.map((candidate) => candidate.strategy)).toEqual(['query-access-token']);
    expect(reading.notes).toEqual([
      'a ticket POST 0.1 s before the handshake answered 200, but the URL carries no "ticket" parameter',
    ]);
  });

  test('no mint and no ticket leaves the reading alone', () => {
    const reading = readUrlCredentials(F2_URL);
    expect(applyTicketMint(reading, F2_URL, undefined)).toBe(reading);
  });
});
