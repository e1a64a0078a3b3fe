import { describe, expect, test, vi } from 'vitest';
import { SaveScheduler } from '../../../src/background/save-scheduler.ts';

/** A persist function whose runs the test finishes by hand. */
function controlledPersist() {
  const runs: Array<{ tabId: number; finish: () => void; fail: () => void }> = [];
  const persist = (tabId: number) =>
    new Promise<void>((resolve, reject) => {
      runs.push({ tabId, finish: resolve, fail: () => reject(new Error('quota')) });
    });
  return { persist, runs };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SaveScheduler', () => {
  test('requests made before a save starts share it', async () => {
    const { persist, runs } = controlledPersist();
    const scheduler = new SaveScheduler(persist);
    const first = scheduler.save(1);
    const second = scheduler.save(1);
    expect(second).toBe(first);
    await settle();
    expect(runs).toHaveLength(1);
    runs[0]?.finish();
    await expect(first).resolves.toBeUndefined();
  });

  test('a request made while a save runs gets the next one, and resolves only once that one is done', async () => {
    const { persist, runs } = controlledPersist();
    const scheduler = new SaveScheduler(persist);
    void scheduler.save(1);
    await settle();
    let laterDone = false;
    const later = scheduler.save(1).then(() => {
      laterDone = true;
    });
    void scheduler.save(1);
    runs[0]?.finish();
    await settle();
    expect(runs).toHaveLength(2);
    expect(laterDone).toBe(false);
    runs[1]?.finish();
    await later;
    expect(laterDone).toBe(true);
  });

  test('tabs are saved independently', async () => {
    const { persist, runs } = controlledPersist();
    const scheduler = new SaveScheduler(persist);
    void scheduler.save(1);
    void scheduler.save(2);
    await settle();
    expect(runs.map((run) => run.tabId)).toEqual([1, 2]);
  });

  test('a failed save resolves (capture goes on) and the next save still runs', async () => {
    const { persist, runs } = controlledPersist();
    const scheduler = new SaveScheduler(persist);
    const failing = scheduler.save(1);
    await settle();
    runs[0]?.fail();
    await expect(failing).resolves.toBeUndefined();
    const next = scheduler.save(1);
    await settle();
    runs[1]?.finish();
    await expect(next).resolves.toBeUndefined();
  });
});

describe('SaveScheduler with a minimum interval', () => {
  test('starts saves of a tab at most once per interval; requests in between share the next one', async () => {
    vi.useFakeTimers();
    try {
      const starts: number[] = [];
      const scheduler = new SaveScheduler(async () => {
        starts.push(Date.now());
      }, 250);
      await scheduler.save(1);
      const second = scheduler.save(1);
      const third = scheduler.save(1);
      expect(second).toBe(third);
      await vi.advanceTimersByTimeAsync(249);
      expect(starts).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      await second;
      expect(starts).toHaveLength(2);
      expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBe(250);
    } finally {
      vi.useRealTimers();
    }
  });
});
