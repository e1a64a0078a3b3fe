import type { Capture, CapturedConnection } from '../../core/capture/capture.ts';
import type { TicketMint } from '../../core/model/ticket-mint.ts';
import type { ConnectionState, StoredFrame } from '../../shared/protocol.ts';
import type { CaptureState } from './capture-of-state.ts';
import { NO_DROPS } from './raw-state.ts';

/** A file does not say which frame of the page a socket came from. */
const UNKNOWN_FRAME_ID = 0;

function connectionState(connection: CapturedConnection): ConnectionState {
  const { frames: _frames, ticketMint: _ticketMint, ...state } = connection;
  return { ...state, frameId: UNKNOWN_FRAME_ID };
}

/** Every frame tagged with its connection, in capture order (time, then file order). */
function framesInOrder(connections: readonly CapturedConnection[]): StoredFrame[] {
  const frames = connections.flatMap((connection) =>
    connection.frames.map((frame) => ({ ...frame, connectionId: connection.id })),
  );
  return frames
    .map((frame, order) => ({ frame, order }))
    .sort((a, b) => a.frame.at - b.frame.at || a.order - b.order)
    .map(({ frame }) => frame);
}

/** The store finds frames by id across connections: ids from a file are kept only when they are unique. */
function withUniqueIds(frames: readonly StoredFrame[]): readonly StoredFrame[] {
  const ids = new Set(frames.map((frame) => frame.id));
  if (ids.size === frames.length) return frames;
  return frames.map((frame, index) => ({ ...frame, id: index + 1 }));
}

/** A connection's own ticket POST joins the capture's list (once), where the store looks ticket mints up. */
function allTicketMints(capture: Capture): readonly TicketMint[] {
  const known = new Set(capture.ticketMints.map((mint) => JSON.stringify(mint)));
  const missing: TicketMint[] = [];
  for (const { ticketMint } of capture.connections) {
    const key = JSON.stringify(ticketMint);
    if (ticketMint === undefined || known.has(key)) continue;
    known.add(key);
    missing.push(ticketMint);
  }
  return missing.length === 0 ? capture.ticketMints : [...capture.ticketMints, ...missing];
}

/** A capture (read from a file) as the store's state, so it shows exactly as if it had been captured live. */
export function stateOfCapture(capture: Capture): CaptureState {
  return {
    connections: capture.connections.map(connectionState),
    frames: withUniqueIds(framesInOrder(capture.connections)),
    sessions: capture.sessions,
    ticketMints: allTicketMints(capture),
    dropped: capture.dropped ?? NO_DROPS,
  };
}
