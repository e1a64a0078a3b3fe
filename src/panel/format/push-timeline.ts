import { parseFrame } from '../../core/jmap/parse-frame.ts';
import type { CapturedFrame } from '../../core/model/frame.ts';

export interface PushEntry {
  readonly frameId: number;
  readonly at: number;
  /** The new state string (not a secret). */
  readonly state: string;
  readonly pushState?: string;
  /** Time since the previous change of the same account and type. */
  readonly gapMs?: number;
  readonly longGap: boolean;
}

/** The StateChanges of one account and data type, oldest first. */
export interface PushLane {
  readonly accountId: string;
  readonly dataType: string;
  readonly entries: readonly PushEntry[];
}

/** A gap is long when it is over a minute and over three times the lane's median gap. */
const MIN_LONG_GAP_MS = 60_000;
const LONG_GAP_FACTOR = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function withGaps(entries: readonly Omit<PushEntry, 'gapMs' | 'longGap'>[]): PushEntry[] {
  const gaps = entries.slice(1).map((entry, index) => entry.at - (entries[index]?.at ?? entry.at));
  const threshold = Math.max(MIN_LONG_GAP_MS, LONG_GAP_FACTOR * median(gaps));
  return entries.map((entry, index) => {
    const gapMs = index === 0 ? undefined : gaps[index - 1];
    return { ...entry, gapMs, longGap: gapMs !== undefined && gapMs > threshold };
  });
}

/** Every StateChange the server pushed, split into one lane per account and data type. */
export function pushTimeline(frames: readonly CapturedFrame[]): PushLane[] {
  const lanes = new Map<
    string,
    { accountId: string; dataType: string; entries: Omit<PushEntry, 'gapMs' | 'longGap'>[] }
  >();
  for (const frame of frames) {
    if (frame.dir !== 'received') continue;
    const message = parseFrame(frame.data);
    if (message.type !== 'StateChange') continue;
    for (const [accountId, types] of Object.entries(message.changed)) {
      for (const [dataType, state] of Object.entries(types)) {
        const key = `${accountId}\u0000${dataType}`;
        const lane = lanes.get(key) ?? { accountId, dataType, entries: [] };
        lane.entries.push({ frameId: frame.id, at: frame.at, state, pushState: message.pushState });
        lanes.set(key, lane);
      }
    }
  }
  return [...lanes.values()].map((lane) => ({ ...lane, entries: withGaps(lane.entries) }));
}
