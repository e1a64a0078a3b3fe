import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createBackgroundContext } from '../../../src/background/background-context.ts';
import { DELTA_INTERVAL_MS } from '../../../src/background/delta-scheduler.ts';
import { fakePort } from './support/fake-port.ts';
import { MemorySessionArea } from './support/memory-session-area.ts';
import { openEvent, pageBatch, textFrame } from './support/observations.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const addFrame = (seq: number) => (store: import('../../../src/background/tab-store.ts').TabStore) =>
  store.applyPageBatch(pageBatch(seq, seq === 1 ? [openEvent(1), textFrame(1, 'a')] : [textFrame(1, 'b')]), 0);

describe('createBackgroundContext', () => {
  test('a change is saved before it resolves', async () => {
    const area = new MemorySessionArea();
    const context = createBackgroundContext(area, { saveIntervalMs: 0 });
    await context.change(2, addFrame(1));
    expect(area.keys()).toEqual(['t2:meta', 't2:s0']);
  });

  test("a change reaches the tab's panels as one delta per interval", async () => {
    const context = createBackgroundContext(new MemorySessionArea(), { saveIntervalMs: 0 });
    const panel = fakePort();
    context.panels.add(2, panel.port);
    await context.change(2, addFrame(1));
    await context.change(2, addFrame(2));
    expect(panel.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(DELTA_INTERVAL_MS);
    expect(panel.sent).toEqual([
      {
        type: 'delta',
        delta: expect.objectContaining({
          frames: [expect.objectContaining({ id: 0 }), expect.objectContaining({ id: 1 })],
        }),
      },
    ]);
  });

  test('without a panel nothing is posted, and the next snapshot still holds everything', async () => {
    const context = createBackgroundContext(new MemorySessionArea(), { saveIntervalMs: 0 });
    await context.change(2, addFrame(1));
    await vi.advanceTimersByTimeAsync(DELTA_INTERVAL_MS);
    const panel = fakePort();
    context.panels.add(2, panel.port);
    await context.sendSnapshot(2);
    expect(panel.sent).toEqual([
      {
        type: 'snapshot',
        snapshot: expect.objectContaining({ tabId: 2, frames: [expect.objectContaining({ id: 0 })] }),
      },
    ]);
    await vi.advanceTimersByTimeAsync(DELTA_INTERVAL_MS);
    expect(panel.sent).toHaveLength(1);
  });

  test('a change that changes nothing sends no delta', async () => {
    const context = createBackgroundContext(new MemorySessionArea(), { saveIntervalMs: 0 });
    const panel = fakePort();
    context.panels.add(2, panel.port);
    await context.change(2, () => undefined);
    await vi.advanceTimersByTimeAsync(DELTA_INTERVAL_MS);
    expect(panel.sent).toEqual([]);
  });

  test('forgetting a tab drops its store and its saved copy', async () => {
    const area = new MemorySessionArea();
    const context = createBackgroundContext(area, { saveIntervalMs: 0 });
    await context.change(2, addFrame(1));
    await context.change(3, addFrame(1));
    await context.forget(2);
    expect(context.tabs.has(2)).toBe(false);
    expect(area.keys()).toEqual(['t3:meta', 't3:s0']);
  });

  test('a tab forgotten right after a restart stays forgotten', async () => {
    const area = new MemorySessionArea();
    await createBackgroundContext(area, { saveIntervalMs: 0 }).change(2, addFrame(1));
    const restarted = createBackgroundContext(area, { saveIntervalMs: 0 });
    await restarted.forget(2);
    expect(restarted.tabs.has(2)).toBe(false);
    expect(area.keys()).toEqual([]);
  });
});
