import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import type { DiagnosisContext } from '../../../../../src/core/diagnosis/diagnose.ts';
import { ticketIpMismatch } from '../../../../../src/core/diagnosis/rules/ticket-ip-mismatch.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { F5A_HANDSHAKE, F5B_HANDSHAKE } from '../../../../fixtures/handshakes.ts';
import {
  F5A_MALFORMED_TICKET,
  F5A_TICKET_EXPIRED,
  F5A_TICKET_OTHER_ADDRESS,
  F5A_UPGRADE_ADDRESS,
  mintedTicket,
  refused,
  TMAIL_BACKEND,
} from '../../../../fixtures/scenarios.ts';

function run(connection: ConnectionRecord, context: DiagnosisContext = {}) {
  return ticketIpMismatch(connectionFacts(connection, { session: TMAIL_BACKEND, ...context }));
}

describe('ticket-ip-mismatch', () => {
  test('confirmed: minted for one address, upgraded from another', () => {
    const cause = run(F5A_TICKET_OTHER_ADDRESS, { clientAddress: F5A_UPGRADE_ADDRESS });
    expect(cause?.id).toBe('ticket-ip-mismatch');
    expect(cause?.title).toBe('The ticket was used from a different address than the one that minted it');
    expect(cause?.explanation).toContain('minted for address 10.0.0.5, but the upgrade came from 10.0.0.7');
    expect(cause?.explanation).toContain('minted 0.1 s before the handshake (valid for 60 s)');
    expect(cause?.explanation).toContain('ip.validation.enabled, default true');
    expect(cause?.explanation).toContain('behind a reverse proxy that is the proxy');
  });

  test('a fresh unused ticket refused, upgrade address unknown', () => {
    const cause = run(F5A_TICKET_OTHER_ADDRESS);
    expect(cause?.title).toBe('A fresh, unused ticket was refused: most likely the address check');
    expect(cause?.explanation).toContain("The mint recorded address 10.0.0.5; the upgrade's address is unknown.");
  });

  test('a mint without a clientAddress', () => {
    const { mint, url } = mintedTicket(200, 0);
    const bare = { ...mint, ticket: { value: mint.ticket?.value ?? '' } };
    const cause = run(refused('bare', { ...F5A_HANDSHAKE, url }, 100, bare));
    expect(cause?.explanation).toContain('the check left is the client address.');
    expect(cause?.explanation).not.toContain('The mint recorded');
  });

  test('the same address on both sides is not an address problem', () => {
    expect(run(F5A_TICKET_OTHER_ADDRESS, { clientAddress: '10.0.0.5' })).toBeUndefined();
  });

  test('expired, reused, malformed or mint-less tickets are the other rule’s', () => {
    expect(run(F5A_TICKET_EXPIRED)).toBeUndefined();
    expect(run(F5A_MALFORMED_TICKET)).toBeUndefined();
    expect(run(refused('no-mint', F5A_HANDSHAKE, 0))).toBeUndefined();
    const reuse = { ...F5A_TICKET_OTHER_ADDRESS, id: 'reuse', createdAt: F5A_TICKET_OTHER_ADDRESS.createdAt + 50 };
    expect(run(reuse, { otherConnections: [F5A_TICKET_OTHER_ADDRESS] })).toBeUndefined();
  });

  test('not a 401, or no ticket', () => {
    expect(
      run({ ...F5A_TICKET_OTHER_ADDRESS, handshake: { ...F5A_TICKET_OTHER_ADDRESS.handshake, status: 101 } }),
    ).toBeUndefined();
    expect(run(refused('no-ticket', F5B_HANDSHAKE, 0))).toBeUndefined();
  });
});
