import { describe, expect, test } from 'vitest';
import { mintAge, mintTiming, ticketMintEvidence } from '../../../../src/core/auth/ticket-mint-evidence.ts';
import type { TicketMint } from '../../../../src/core/model/ticket-mint.ts';
import { F1_CREATED_AT, F1_TICKET, F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';

const OTHER_TICKET = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('ticketMintEvidence', () => {
  test('F1: same value, 0.1 s before, within the lifetime', () => {
    expect(ticketMintEvidence(F1_TICKET_MINT, F1_TICKET, F1_CREATED_AT)).toEqual([
      'ticket POST 0.1 s before the handshake returned the same ticket value (within its 60 s lifetime, single use)',
      'the ticket POST authenticated with a Bearer Authorization header',
      'the ticket was minted for user alice@example.com',
    ]);
  });

  test('a different value is a mismatch worth stating', () => {
    const lines = ticketMintEvidence(F1_TICKET_MINT, OTHER_TICKET, F1_CREATED_AT);
    expect(lines.slice(0, 2)).toEqual([
      'ticket POST 0.1 s before the handshake returned a different ticket value than the URL carries',
      'tmail-backend answers 401 "User is forbidden to use this ticket" for a ticket it no longer holds (used, expired or revoked)',
    ]);
    expect(lines.join(' ')).not.toContain(OTHER_TICKET);
  });

  test('exactly 60 s is still valid; 60.1 s is not', () => {
    expect(ticketMintEvidence(F1_TICKET_MINT, F1_TICKET, F1_TICKET_MINT.at + 60_000)[0]).toContain(
      'within its 60 s lifetime',
    );
    expect(ticketMintEvidence(F1_TICKET_MINT, F1_TICKET, F1_TICKET_MINT.at + 60_100)[1]).toBe(
      'the ticket was 60.1 s old at the handshake, past its 60 s lifetime: tmail-backend answers 401 "User is forbidden to use this ticket"',
    );
  });

  test('a POST after the handshake started cannot have minted its ticket', () => {
    expect(ticketMintEvidence(F1_TICKET_MINT, F1_TICKET, F1_TICKET_MINT.at - 200).slice(0, 2)).toEqual([
      'ticket POST 0.2 s after the handshake started returned the same ticket value',
      'the ticket POST came after the handshake started, so it cannot have minted the ticket in the URL',
    ]);
  });

  test('unknown handshake time', () => {
    expect(ticketMintEvidence(F1_TICKET_MINT, F1_TICKET, undefined).slice(0, 2)).toEqual([
      'ticket POST (handshake time unknown) returned the same ticket value',
      'the handshake time is unknown, so the 60 s ticket lifetime cannot be checked',
    ]);
    expect(mintAge(F1_TICKET_MINT, Number.NaN)).toBeUndefined();
  });

  test('a failed POST minted nothing', () => {
    const failed: TicketMint = { at: F1_TICKET_MINT.at, url: F1_TICKET_MINT.url, status: 401 };
    expect(ticketMintEvidence(failed, F1_TICKET, F1_CREATED_AT)).toEqual([
      'ticket POST 0.1 s before the handshake answered 401 with no ticket value',
    ]);
  });

  test('mintTiming', () => {
    expect(mintTiming(F1_TICKET_MINT, F1_CREATED_AT)).toBe('0.1 s before the handshake');
  });
});
