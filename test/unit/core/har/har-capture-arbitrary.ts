import type fc from 'fast-check';
import type { Capture, CapturedConnection } from '../../../../src/core/capture/capture.ts';
import type { TicketMint } from '../../../../src/core/model/ticket-mint.ts';
import { captureArbitrary } from '../bundle/capture-arbitrary.ts';

/** Up to 2096: HAR message times are seconds, exact to the millisecond well beyond any real capture. */
const LATEST = 4e12;

/** A whole millisecond (what Date.now gives the live capture) of this century. */
const wholeMs = (time: number) => Math.round(time) % LATEST;
const optionalMs = (time: number | undefined) => (time === undefined ? undefined : wholeMs(time));

function mintIn(mint: TicketMint): TicketMint {
  return { ...mint, at: wholeMs(mint.at) };
}

function connectionIn(connection: CapturedConnection): CapturedConnection {
  const { createdAt, openAt, errorAt, closedAt, ticketMint, frames } = connection;
  const times = { createdAt: wholeMs(createdAt), openAt: optionalMs(openAt), errorAt: optionalMs(errorAt) };
  return Object.fromEntries(
    Object.entries({
      ...connection,
      ...times,
      closedAt: optionalMs(closedAt),
      ticketMint: ticketMint === undefined ? undefined : mintIn(ticketMint),
      frames: frames.map((frame) => ({ ...frame, at: wholeMs(frame.at) })),
    }).filter(([, value]) => value !== undefined),
  ) as unknown as CapturedConnection;
}

/** Any capture a HAR carries back exactly: the bundle's (any text, every optional member), times as the live capture has them. */
export const harCaptureArbitrary: fc.Arbitrary<Capture> = captureArbitrary.map((capture) => ({
  ...capture,
  connections: capture.connections.map(connectionIn),
  sessions: capture.sessions.map((sighting) => ({ ...sighting, at: wholeMs(sighting.at) })),
  ticketMints: capture.ticketMints.map(mintIn),
}));
