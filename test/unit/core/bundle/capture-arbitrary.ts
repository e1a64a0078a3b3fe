import fc from 'fast-check';
import type { Capture, CapturedConnection } from '../../../../src/core/capture/capture.ts';
import type { CapturedFrame } from '../../../../src/core/model/frame.ts';
import type { HandshakeRecord } from '../../../../src/core/model/handshake-record.ts';
import type { TicketMint } from '../../../../src/core/model/ticket-mint.ts';

/** Any UTF-16, lone surrogates included: JSON must carry them all. */
const text = fc.string({ unit: 'binary', maxLength: 24 });
const time = fc.oneof(
  fc.integer({ min: 0, max: 2 ** 45 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: 1 }),
);
const httpStatus = fc.integer({ min: 0, max: 999 });
const headers = fc.array(fc.record({ name: text, value: text }), { maxLength: 3 });

const handshake: fc.Arbitrary<HandshakeRecord> = fc.record(
  {
    url: text,
    protocols: fc.array(text, { maxLength: 3 }),
    requestHeaders: headers,
    requestHeadersPartial: fc.boolean(),
    status: httpStatus,
    statusLine: text,
    responseHeaders: headers,
    responseBody: text,
    chosenProtocol: text,
    extensions: text,
    error: text,
  },
  { requiredKeys: ['url', 'protocols'] },
);

const frame: fc.Arbitrary<CapturedFrame> = fc.record(
  {
    id: fc.nat(),
    dir: fc.constantFrom('sent' as const, 'received' as const),
    at: time,
    data: fc.oneof(
      fc.record({ kind: fc.constant('text' as const), text: fc.string({ unit: 'binary', maxLength: 80 }) }),
      fc.record({
        kind: fc.constant('binary' as const),
        size: fc.nat(),
        headHex: fc.stringMatching(/^(?:[0-9a-f]{2}){0,32}$/),
      }),
    ),
    truncatedFrom: fc.nat(),
  },
  { requiredKeys: ['id', 'dir', 'at', 'data'] },
);

const ticketMint: fc.Arbitrary<TicketMint> = fc.record(
  {
    at: time,
    url: text,
    status: httpStatus,
    authScheme: text,
    ticket: fc.record(
      { value: text, clientAddress: text, generatedOn: text, validUntil: text, username: text },
      { requiredKeys: ['value'] },
    ),
  },
  { requiredKeys: ['at', 'url', 'status'] },
);

const connection: fc.Arbitrary<CapturedConnection> = fc.record(
  {
    id: text,
    source: fc.constantFrom('live' as const, 'replay' as const, 'import' as const),
    pageUrl: text,
    replay: fc.record({ of: text, via: text }),
    handshake,
    createdAt: time,
    openAt: time,
    errorAt: time,
    closedAt: time,
    close: fc.record({ code: fc.integer({ min: 0, max: 65_535 }), reason: text, wasClean: fc.boolean() }),
    frames: fc.array(frame, { maxLength: 5 }),
    ticketMint,
  },
  { requiredKeys: ['id', 'source', 'pageUrl', 'handshake', 'createdAt', 'frames'] },
);

/** Any capture the core can hold: every optional member present or absent, any text. */
export const captureArbitrary: fc.Arbitrary<Capture> = fc.record(
  {
    connections: fc.uniqueArray(connection, { selector: (item) => item.id, maxLength: 4 }),
    sessions: fc.array(fc.record({ at: time, url: text, body: text }), { maxLength: 2 }),
    ticketMints: fc.array(ticketMint, { maxLength: 2 }),
    dropped: fc.record({ evicted: fc.nat(), rejected: fc.nat(), lostOnRestart: fc.nat() }),
  },
  { requiredKeys: ['connections', 'sessions', 'ticketMints'] },
);
