import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DELTA_INTERVAL_MS, DeltaScheduler } from '../../../src/background/delta-scheduler.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('DeltaScheduler', () => {
  test('flushes a changed tab once per interval, however many changes it had', () => {
    const flush = vi.fn();
    const scheduler = new DeltaScheduler(flush);
    for (let n = 0; n < 50; n += 1) scheduler.changed(3);
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(DELTA_INTERVAL_MS - 1);
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(flush.mock.calls).toEqual([[3]]);
  });

  test('each tab has its own interval', () => {
    const flush = vi.fn();
    const scheduler = new DeltaScheduler(flush);
    scheduler.changed(1);
    vi.advanceTimersByTime(DELTA_INTERVAL_MS / 2);
    scheduler.changed(2);
    vi.advanceTimersByTime(DELTA_INTERVAL_MS / 2);
    expect(flush.mock.calls).toEqual([[1]]);
    vi.advanceTimersByTime(DELTA_INTERVAL_MS / 2);
    expect(flush.mock.calls).toEqual([[1], [2]]);
  });

  test('a change after a flush schedules the next one; no change, no flush', () => {
    const flush = vi.fn();
    const scheduler = new DeltaScheduler(flush);
    scheduler.changed(1);
    vi.advanceTimersByTime(DELTA_INTERVAL_MS);
    vi.advanceTimersByTime(10 * DELTA_INTERVAL_MS);
    expect(flush).toHaveBeenCalledTimes(1);
    scheduler.changed(1);
    vi.advanceTimersByTime(DELTA_INTERVAL_MS);
    expect(flush).toHaveBeenCalledTimes(2);
  });
});
