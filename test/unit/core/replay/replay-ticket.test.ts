import { describe, expect, test } from 'vitest';
import { mintRequest, ticketMintOf } from '../../../../src/core/replay/replay-ticket.ts';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import { SCENARIO_JWT } from '../../../fixtures/secrets.ts';

const ENDPOINT = 'https://jmap.example.com/jmap/ws/ticket';
const REQUEST = mintRequest(ENDPOINT, { scheme: 'Bearer', value: SCENARIO_JWT });
const F1_BODY = JSON.stringify({
  value: '6f1c2b9e-8d4a-4c7e-9b1a-2f3e4d5c6b7a',
  clientAddress: '10.0.0.5',
  generatedOn: '2026-08-20T09:00:00.000Z',
  validUntil: '2026-08-20T09:01:00.000Z',
  username: 'alice@example.com',
});

describe('ticket mint for a replay', () => {
  test('the POST carries the credential as Authorization and TMail’s Accept header, no body', () => {
    expect(REQUEST).toEqual({
      url: ENDPOINT,
      method: 'POST',
      headers: [
        { name: 'Authorization', value: `Bearer ${SCENARIO_JWT}` },
        { name: 'Accept', value: 'application/json;jmapVersion=rfc-8621' },
      ],
    });
  });

  test('SCENARIOS F1: the answer becomes the same TicketMint the live capture records', () => {
    expect(ticketMintOf({ request: REQUEST, at: F1_TICKET_MINT.at, status: 200, body: F1_BODY })).toEqual(
      F1_TICKET_MINT,
    );
  });

  test('a refused or unreadable mint keeps its status and scheme, and no ticket', () => {
    const refused = ticketMintOf({ request: REQUEST, at: 5, status: 401, body: '{"detail":"no"}' });
    expect(refused).toEqual({ at: 5, url: ENDPOINT, status: 401, authScheme: 'Bearer' });
    const noHeader = { ...REQUEST, headers: [] };
    expect(ticketMintOf({ request: noHeader, at: 5, status: 200, body: undefined })).toEqual({
      at: 5,
      url: ENDPOINT,
      status: 200,
    });
  });
});
