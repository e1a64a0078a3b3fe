import { signal } from '@preact/signals';
import type { TicketMint } from '../../core/model/ticket-mint.ts';
import type { BackgroundStatus, ConnectionState, DropCounts, SessionSighting } from '../../shared/protocol.ts';
import { EMPTY_FRAME_INDEX, type FrameIndex } from './frame-index.ts';

export type LinkState = 'connecting' | 'connected' | 'disconnected';

export const NO_DROPS: DropCounts = { evicted: 0, rejected: 0, lostOnRestart: 0 };
/** The background's default ring buffer size, until a snapshot says otherwise. */
export const DEFAULT_FRAME_CAP = 50_000;

/** What the background sent, as signals: replaced by a snapshot, extended by deltas. */
export function createRawState(now: number) {
  return {
    link: signal<LinkState>('connecting'),
    background: signal<BackgroundStatus | undefined>(undefined),
    /** In capture order; a delta replaces a connection in place and appends new ones. */
    connections: signal<readonly ConnectionState[]>([]),
    frameIndex: signal<FrameIndex>(EMPTY_FRAME_INDEX),
    sessions: signal<readonly SessionSighting[]>([]),
    ticketMints: signal<readonly TicketMint[]>([]),
    dropped: signal<DropCounts>(NO_DROPS),
    frameCap: signal(DEFAULT_FRAME_CAP),
    preserveLog: signal(false),
    /** Epoch ms, ticked by the page so durations of open connections move. */
    now: signal(now),
  };
}

export type RawState = ReturnType<typeof createRawState>;
