import fc from 'fast-check';
import type { DiagnosisContext } from '../../../../src/core/diagnosis/diagnose.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import type { CapturedFrame } from '../../../../src/core/model/frame.ts';
import type { HandshakeRecord } from '../../../../src/core/model/handshake-record.ts';
import type { HttpHeader } from '../../../../src/core/model/http-header.ts';
import type { TicketMint } from '../../../../src/core/model/ticket-mint.ts';
import {
  type JmapSession,
  MAIL_CAPABILITY,
  TICKET_CAPABILITY,
  WEBSOCKET_CAPABILITY,
} from '../../../../src/core/session/jmap-session.ts';
import { parseSession } from '../../../../src/core/session/parse-session.ts';
import { TMAIL_PUSH_ENABLE } from '../../../fixtures/frames.ts';
import { CYRUS, STALWART, STOCK_JAMES, TMAIL_BACKEND } from '../../../fixtures/scenarios.ts';

const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, 60_000, 1006, 1008, 101, 401));
const time = fc.oneof(fc.integer({ min: 0, max: 200_000 }), anyNumber);

const headerName = fc.oneof(
  fc.constantFrom('WWW-Authenticate', 'Authorization', 'Connection', 'Sec-WebSocket-Protocol', 'Cookie'),
  fc.string(),
);
const header: fc.Arbitrary<HttpHeader> = fc.record({ name: headerName, value: fc.string() });

const url = fc.oneof(
  fc.string(),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(fc.constantFrom('ticket', 'access_token', 'authorization', 'token'), fc.string())
    .map(([name, value]) => `wss://mail.example.org/jmap/ws?${name}=${encodeURIComponent(value)}`),
  fc.constantFrom(
    'wss://mail.example.org/jmap/ws?access_token=eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2ln',
    'wss://mail.example.org/jmap/ws?authorization=Basic+YWxpY2U6cHc%3D',
    'wss://jmap.example.com/jmap/ws?ticket=6f1c2b9e-8d4a-4c7e-9b1a-2f3e4d5c6b7a',
  ),
);

const body = fc.oneof(
  fc.string(),
  fc.json(),
  fc
    .record({ type: fc.string(), status: anyNumber, title: fc.string(), detail: fc.string() }, { requiredKeys: [] })
    .map((o) => JSON.stringify(o)),
);

const handshake: fc.Arbitrary<HandshakeRecord> = fc.record(
  {
    url,
    protocols: fc.array(fc.oneof(fc.constant('jmap'), fc.string()), { maxLength: 3 }),
    requestHeaders: fc.array(header, { maxLength: 4 }),
    status: fc.oneof(fc.constantFrom(101, 200, 400, 401, 404, 426, 500, 502, 503), anyNumber),
    statusLine: fc.string(),
    responseHeaders: fc.array(header, { maxLength: 4 }),
    responseBody: body,
    chosenProtocol: fc.oneof(fc.constant('jmap'), fc.string()),
    extensions: fc.string(),
    error: fc.string(),
  },
  { requiredKeys: ['url', 'protocols'] },
);

const frameText = fc.oneof(fc.string(), fc.json(), fc.constant(TMAIL_PUSH_ENABLE));
const capturedFrame: fc.Arbitrary<CapturedFrame> = fc.record({
  id: fc.integer(),
  dir: fc.constantFrom('sent', 'received'),
  at: time,
  data: fc.oneof(
    frameText.map((text) => ({ kind: 'text' as const, text })),
    fc.record({ kind: fc.constant('binary' as const), size: fc.nat(), headHex: fc.stringMatching(/^[0-9a-f]{0,16}$/) }),
  ),
});

const ticketMint: fc.Arbitrary<TicketMint> = fc.record(
  {
    at: time,
    url: fc.string(),
    status: anyNumber,
    authScheme: fc.string(),
    ticket: fc.record(
      {
        value: fc.oneof(fc.uuid(), fc.string()),
        clientAddress: fc.string(),
        generatedOn: fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        validUntil: fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        username: fc.string(),
      },
      { requiredKeys: ['value'] },
    ),
  },
  { requiredKeys: ['at', 'url', 'status'] },
);

export function arbitraryConnection(): fc.Arbitrary<ConnectionRecord> {
  return fc.record(
    {
      id: fc.string(),
      handshake,
      createdAt: time,
      openAt: time,
      errorAt: time,
      closedAt: time,
      close: fc.record({ code: anyNumber, reason: fc.string(), wasClean: fc.boolean() }),
      frames: fc.array(capturedFrame, { maxLength: 6 }),
      ticketMint,
    },
    { requiredKeys: ['id', 'handshake', 'createdAt', 'frames'] },
  );
}

const capabilityValue = fc.oneof(
  fc.jsonValue(),
  fc.record({ url: fc.string(), supportsPush: fc.jsonValue(), generationEndpoint: fc.string() }, { requiredKeys: [] }),
);
const capabilityId = fc.constantFrom(WEBSOCKET_CAPABILITY, TICKET_CAPABILITY, MAIL_CAPABILITY, 'urn:example:other');

/** Any session the parser accepts, built from arbitrary capability maps. */
const arbitrarySession: fc.Arbitrary<JmapSession> = fc
  .tuple(fc.dictionary(capabilityId, capabilityValue), fc.dictionary(capabilityId, capabilityValue))
  .map(([capabilities, accountCapabilities]) => {
    const json = {
      capabilities,
      accounts: { a: { accountCapabilities } },
      primaryAccounts: { [MAIL_CAPABILITY]: 'a' },
    };
    const parsed = parseSession(json, 'https://mail.example.org/jmap/session');
    return parsed.ok ? parsed.session : TMAIL_BACKEND;
  });

export function arbitraryContext(): fc.Arbitrary<DiagnosisContext> {
  return fc.record(
    {
      session: fc.oneof(fc.constantFrom(TMAIL_BACKEND, STALWART, CYRUS, STOCK_JAMES), arbitrarySession),
      otherConnections: fc.array(arbitraryConnection(), { maxLength: 4 }),
      now: time,
      ticketMints: fc.array(ticketMint, { maxLength: 3 }),
      clientAddress: fc.string(),
    },
    { requiredKeys: [] },
  );
}
