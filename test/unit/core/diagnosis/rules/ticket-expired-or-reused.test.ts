import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import type { DiagnosisContext } from '../../../../../src/core/diagnosis/diagnose.ts';
import { ticketExpiredOrReused } from '../../../../../src/core/diagnosis/rules/ticket-expired-or-reused.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { F1_TICKET, F1_TICKET_MINT, F5A_HANDSHAKE } from '../../../../fixtures/handshakes.ts';
import {
  F1_TICKET_OK,
  F2B_PROXY_NO_HEADER,
  F5A_MALFORMED_TICKET,
  F5A_TICKET_EXPIRED,
  F5A_TICKET_REUSED,
  mintedTicket,
  refused,
  STALWART,
  TMAIL_BACKEND,
} from '../../../../fixtures/scenarios.ts';

function run(connection: ConnectionRecord, context: DiagnosisContext = {}) {
  return ticketExpiredOrReused(connectionFacts(connection, { session: TMAIL_BACKEND, ...context }));
}

const FRESH = mintedTicket(100, 1_000_000);
const freshRefused = refused('fresh', { ...F5A_HANDSHAKE, url: FRESH.url }, FRESH.mint.at + 100, FRESH.mint);

describe('ticket-expired-or-reused', () => {
  test('F5a: reused by an earlier connection', () => {
    const cause = run(F5A_TICKET_REUSED, { otherConnections: [F1_TICKET_OK], ticketMints: [F1_TICKET_MINT] });
    expect(cause?.title).toBe('The ticket was already used by an earlier connection');
    expect(cause?.explanation).toContain('Connection f1 carried the same ticket 20 s earlier');
    expect(cause?.explanation).toContain('User is forbidden to use this ticket');
    expect(JSON.stringify(cause)).not.toContain(F1_TICKET);
  });

  test('with several earlier uses, the first one is named', () => {
    const second = { ...F1_TICKET_OK, id: 'second', createdAt: F1_TICKET_OK.createdAt + 5_000 };
    const cause = run(F5A_TICKET_REUSED, { otherConnections: [second, F1_TICKET_OK] });
    expect(cause?.explanation).toContain('Connection f1 carried the same ticket 20 s earlier');
  });

  test('a later connection with the same ticket is not an earlier use', () => {
    const later = { ...F1_TICKET_OK, id: 'later', createdAt: F5A_TICKET_REUSED.createdAt + 1 };
    expect(run(F5A_TICKET_REUSED, { otherConnections: [later, F5A_TICKET_REUSED] })?.title).toMatch(
      /^The server refused/,
    );
  });

  test('expired: minted 75 s before the handshake', () => {
    const cause = run(F5A_TICKET_EXPIRED);
    expect(cause?.title).toBe('The ticket expired before the handshake');
    expect(cause?.explanation).toContain('minted 75 s before the handshake; tickets are valid for 60 s');
  });

  test('the lifetime comes from generatedOn/validUntil when they parse, else 60 s', () => {
    const { mint, url } = mintedTicket(101, 0);
    const short = {
      ...mint,
      ticket: {
        value: mint.ticket?.value ?? '',
        generatedOn: '2026-01-01T00:00:00Z',
        validUntil: '2026-01-01T00:00:30Z',
      },
    };
    const cause = run(refused('short', { ...F5A_HANDSHAKE, url }, 40_000, short));
    expect(cause?.explanation).toContain('valid for 30 s');
    const unreadable = { ...mint, ticket: { value: mint.ticket?.value ?? '', generatedOn: 'x', validUntil: 'y' } };
    expect(run(refused('bad-dates', { ...F5A_HANDSHAKE, url }, 61_000, unreadable))?.explanation).toContain(
      'valid for 60 s',
    );
  });

  test('a mint without a recorded value still counts as this connection’s mint', () => {
    const { mint, url } = mintedTicket(102, 0);
    const { ticket: _ticket, ...withoutValue } = mint;
    expect(run(refused('no-value', { ...F5A_HANDSHAKE, url }, 90_000, withoutValue))?.title).toBe(
      'The ticket expired before the handshake',
    );
  });

  test('malformed: not a UUID', () => {
    const cause = run(F5A_MALFORMED_TICKET);
    expect(cause?.title).toContain('not a valid ticket value');
    expect(cause?.explanation).toContain('Invalid ticket passed as a query parameter');
  });

  test('refused without a captured mint: lists every possibility', () => {
    const cause = run(refused('unknown', F5A_HANDSHAKE, 0));
    expect(cause?.title).toMatch(/^The server refused the ticket/);
    expect(cause?.explanation).toContain('No ticket POST was captured');
  });

  test('fresh, unused and from the same address: revoked or unknown', () => {
    const cause = run(freshRefused, { clientAddress: '10.0.0.5' });
    expect(cause?.explanation).toContain('from the same address as the upgrade');
    expect(cause?.checks.join(' ')).toContain('revocationEndpoint');
  });

  test('fresh and unused from another or an unknown address is left to ticket-ip-mismatch', () => {
    expect(run(freshRefused)).toBeUndefined();
    expect(run(freshRefused, { clientAddress: '192.0.2.1' })).toBeUndefined();
  });

  test('not a 401, no ticket, or a server that ignores tickets', () => {
    expect(run(F1_TICKET_OK)).toBeUndefined();
    expect(run(refused('no-ticket', { ...F5A_HANDSHAKE, url: 'wss://jmap.example.com/jmap/ws' }, 0))).toBeUndefined();
    const toStalwart = refused('stalwart', { ...F2B_PROXY_NO_HEADER.handshake, url: F5A_HANDSHAKE.url }, 0);
    expect(ticketExpiredOrReused(connectionFacts(toStalwart, { session: STALWART }))).toBeUndefined();
  });
});
