import type { StoredFrame } from '../../shared/protocol.ts';

export interface FrameCounts {
  readonly sent: number;
  readonly received: number;
}

/** The frames the panel holds, in capture order, also grouped by connection; each update builds new arrays. */
export interface FrameIndex {
  readonly all: readonly StoredFrame[];
  readonly byConnection: ReadonlyMap<string, readonly StoredFrame[]>;
  readonly counts: ReadonlyMap<string, FrameCounts>;
}

export const EMPTY_FRAME_INDEX: FrameIndex = { all: [], byConnection: new Map(), counts: new Map() };
const NO_FRAMES: FrameCounts = { sent: 0, received: 0 };

/** Frames grouped by connection id, each group in the order given. */
export function groupByConnection(frames: readonly StoredFrame[]): Map<string, StoredFrame[]> {
  const groups = new Map<string, StoredFrame[]>();
  for (const frame of frames) {
    const group = groups.get(frame.connectionId);
    if (group) group.push(frame);
    else groups.set(frame.connectionId, [frame]);
  }
  return groups;
}

function countOf(frames: readonly StoredFrame[], sign: 1 | -1, base: FrameCounts): FrameCounts {
  let sent = 0;
  for (const frame of frames) if (frame.dir === 'sent') sent += 1;
  return { sent: base.sent + sign * sent, received: base.received + sign * (frames.length - sent) };
}

/**
 * Appends frames and, like the background's ring buffer, drops the oldest beyond `cap`. Frames arrive in capture
 * order, so a connection's evicted frames are always at the start of its list.
 */
export function appendFrames(index: FrameIndex, added: readonly StoredFrame[], cap: number): FrameIndex {
  if (added.length === 0) return index;
  const joined = index.all.concat(added);
  const excess = Math.max(0, joined.length - cap);
  const byConnection = new Map(index.byConnection);
  const counts = new Map(index.counts);
  for (const [id, group] of groupByConnection(added)) {
    byConnection.set(id, (byConnection.get(id) ?? []).concat(group));
    counts.set(id, countOf(group, 1, counts.get(id) ?? NO_FRAMES));
  }
  for (const [id, group] of groupByConnection(joined.slice(0, excess))) {
    byConnection.set(id, (byConnection.get(id) ?? []).slice(group.length));
    counts.set(id, countOf(group, -1, counts.get(id) ?? NO_FRAMES));
  }
  return { all: excess > 0 ? joined.slice(excess) : joined, byConnection, counts };
}

export function indexFrames(frames: readonly StoredFrame[], cap: number): FrameIndex {
  return appendFrames(EMPTY_FRAME_INDEX, frames, cap);
}

export function frameCountsOf(index: FrameIndex, connectionId: string): FrameCounts {
  return index.counts.get(connectionId) ?? NO_FRAMES;
}
