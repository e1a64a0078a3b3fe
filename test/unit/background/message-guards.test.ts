import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDevtoolsMessage, isPageBatchMessage } from '../../../src/background/message-guards.ts';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol.ts';
import { F1_TICKET_MINT } from '../../fixtures/handshakes.ts';
import { openEvent, wirePageBatch } from './support/observations.ts';

const batch = wirePageBatch(1, [openEvent(1)], { rejected: 2 });
const session = { at: 1, url: 'https://jmap.example.com/jmap/session', body: '{"capabilities":{}}' };
const sessionSeen = { type: 'session-seen', v: PROTOCOL_VERSION, tabId: 3, session };
const ticketMinted = { type: 'ticket-minted', v: PROTOCOL_VERSION, tabId: 3, mint: F1_TICKET_MINT };

describe('isPageBatchMessage', () => {
  test('accepts the envelope the bridge builds', () => {
    expect(isPageBatchMessage(batch)).toBe(true);
    expect(isPageBatchMessage({ ...batch, batch: '' })).toBe(true);
  });

  test.each([
    ['null', null],
    ['a string', 'page-batch'],
    ['another type', { ...batch, type: 'ack' }],
    ['no document', { ...batch, document: undefined }],
    ['page URL not text', { ...batch, pageUrl: 1 }],
    ['negative seq', { ...batch, seq: -1 }],
    ['fractional seq', { ...batch, seq: 1.5 }],
    ['rejected not a count', { ...batch, rejected: '2' }],
    ['a batch that is not text', { ...batch, batch: { events: [] } }],
  ])('refuses %s', (_name, message) => {
    expect(isPageBatchMessage(message)).toBe(false);
  });
});

describe('isDevtoolsMessage', () => {
  test('accepts a session sighting and a ticket mint', () => {
    expect(isDevtoolsMessage(sessionSeen)).toBe(true);
    expect(isDevtoolsMessage(ticketMinted)).toBe(true);
    expect(isDevtoolsMessage({ ...ticketMinted, mint: { at: 1, url: 'https://a.example/t', status: 401 } })).toBe(true);
  });

  test.each([
    ['null', null],
    ['another version', { ...sessionSeen, v: PROTOCOL_VERSION + 1 }],
    ['no tab', { ...sessionSeen, tabId: undefined }],
    ['a negative tab', { ...sessionSeen, tabId: -1 }],
    ['an unknown type', { ...sessionSeen, type: 'session-lost' }],
    ['a session without body', { ...sessionSeen, session: { ...session, body: undefined } }],
    ['a session without time', { ...sessionSeen, session: { ...session, at: Number.NaN } }],
    ['a session with a URL not text', { ...sessionSeen, session: { ...session, url: {} } }],
    ['a session over 2 MB', { ...sessionSeen, session: { ...session, body: 'x'.repeat(2 * 1024 * 1024 + 1) } }],
    ['a session that is not an object', { ...sessionSeen, session: 'session' }],
    ['a mint without status', { ...ticketMinted, mint: { ...F1_TICKET_MINT, status: undefined } }],
    ['a mint without URL', { ...ticketMinted, mint: { ...F1_TICKET_MINT, url: undefined } }],
    ['a mint whose ticket is text', { ...ticketMinted, mint: { ...F1_TICKET_MINT, ticket: 'value' } }],
    ['a mint that is null', { ...ticketMinted, mint: null }],
  ])('refuses %s', (_name, message) => {
    expect(isDevtoolsMessage(message)).toBe(false);
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof isDevtoolsMessage(value)).toBe('boolean');
        expect(typeof isPageBatchMessage(value)).toBe('boolean');
      }),
    );
  });
});
