import type { Capture, CapturedConnection } from '../../core/capture/capture.ts';
import type { CapturedFrame } from '../../core/model/frame.ts';
import type { ConnectionState, StoredFrame, TabSnapshot } from '../../shared/protocol.ts';
import { groupByConnection } from './frame-index.ts';

/** What the panel store holds of a tab, as plain values (the signals read once); frames in capture order. */
export type CaptureState = Omit<TabSnapshot, 'tabId' | 'frameCap' | 'preserveLog'>;

function capturedFrame({ connectionId: _connectionId, ...frame }: StoredFrame): CapturedFrame {
  return frame;
}

function capturedConnection(state: ConnectionState, frames: readonly StoredFrame[]): CapturedConnection {
  const { frameId: _frameId, ...connection } = state;
  return { ...connection, frames: frames.map(capturedFrame) };
}

/** The store's state as the core's `Capture`, what every export is built from. Ticket mints stay in their own list. */
export function captureOfState(state: CaptureState): Capture {
  const byConnection = groupByConnection(state.frames);
  return {
    connections: state.connections.map((connection) =>
      capturedConnection(connection, byConnection.get(connection.id) ?? []),
    ),
    sessions: state.sessions,
    ticketMints: state.ticketMints,
    dropped: state.dropped,
  };
}
