import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { throttledSignal } from '../../../../src/panel/store/throttled-signal.ts';

describe('throttledSignal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('passes a change after a quiet period at once, folds a burst into one trailing change', () => {
    const source = signal(0);
    const throttled = throttledSignal(source, () => 100);
    expect(throttled.signal.value).toBe(0);
    source.value = 1;
    expect(throttled.signal.value).toBe(0);
    source.value = 2;
    vi.advanceTimersByTime(99);
    expect(throttled.signal.value).toBe(0);
    vi.advanceTimersByTime(1);
    expect(throttled.signal.value).toBe(2);
    vi.advanceTimersByTime(500);
    source.value = 3;
    expect(throttled.signal.value).toBe(3);
    throttled.dispose();
  });

  test('stops following once disposed', () => {
    const source = signal('a');
    const throttled = throttledSignal(source, () => 50);
    source.value = 'b';
    throttled.dispose();
    vi.advanceTimersByTime(100);
    source.value = 'c';
    vi.advanceTimersByTime(100);
    expect(throttled.signal.value).toBe('a');
  });
});
