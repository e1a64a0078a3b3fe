import { DEFAULT_FRAME_CAP } from '../../src/background/frame-ring.ts';
import { TabStore } from '../../src/background/tab-store.ts';

const FRAME_TEXT = JSON.stringify({
  '@type': 'StateChange',
  changed: { a3123: { Email: 'd35ecb040aab', Mailbox: '0b3a6f0e1c2d' } },
  pushState: '7c8d9e0f1a2b',
});

function collect(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** Heap taken by one tab store holding the default cap of ~200-byte frames (run node with --expose-gc). */
export function measureStoreMemory(frames = DEFAULT_FRAME_CAP): { bytes: number; frames: number } {
  const before = collect();
  const store = new TabStore(1);
  const events = Array.from({ length: 500 }, (_, index) => ({
    type: 'frame' as const,
    socket: 1,
    at: 1_800_000_000_000 + index,
    dir: 'received' as const,
    // A fresh string per frame, as structured clone delivers them.
    data: { kind: 'text' as const, text: `${FRAME_TEXT} ` },
  }));
  const open = { type: 'open' as const, socket: 1, at: 1_800_000_000_000, url: 'wss://h/jmap/ws', protocols: ['jmap'] };
  store.applyPageBatch({ document: 'd', pageUrl: 'https://h/', seq: 1, events: [open], rejected: 0 }, 0);
  for (let seq = 2; store.frames.nextId < frames; seq++) {
    const batch = events.map((event) => ({ ...event, data: { kind: 'text' as const, text: `${FRAME_TEXT}${seq}` } }));
    store.applyPageBatch({ document: 'd', pageUrl: 'https://h/', seq, events: batch, rejected: 0 }, 0);
  }
  const bytes = collect() - before;
  return { bytes: store.frames.since(0).length > 0 ? bytes : 0, frames: store.frames.since(0).length };
}
