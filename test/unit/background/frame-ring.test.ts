import { describe, expect, test } from 'vitest';
import { DEFAULT_FRAME_CAP, FrameRing } from '../../../src/background/frame-ring.ts';
import type { StoredFrame } from '../../../src/shared/protocol.ts';

const frame = (n: number): Omit<StoredFrame, 'id'> => ({
  connectionId: 'live:doc:1',
  dir: 'received',
  at: 1_000 + n,
  data: { kind: 'text', text: `frame ${n}` },
});

function filled(cap: number, count: number): FrameRing {
  const ring = new FrameRing(cap);
  for (let n = 0; n < count; n += 1) ring.push(frame(n));
  return ring;
}

const ids = (frames: readonly StoredFrame[]) => frames.map((stored) => stored.id);

describe('FrameRing', () => {
  test('holds 50 000 frames by default', () => {
    expect(new FrameRing().cap).toBe(DEFAULT_FRAME_CAP);
    expect(DEFAULT_FRAME_CAP).toBe(50_000);
  });

  test('numbers frames consecutively from 0 and returns the stored frame', () => {
    const ring = new FrameRing(10);
    expect(ring.push(frame(0))).toEqual({ ...frame(0), id: 0 });
    expect(ring.push(frame(1)).id).toBe(1);
    expect(ring.nextId).toBe(2);
    expect(ring.firstId).toBe(0);
  });

  test('keeps the newest `cap` frames and counts every evicted one', () => {
    const ring = filled(100, 250);
    expect(ids(ring.since(0))).toEqual(Array.from({ length: 100 }, (_, i) => 150 + i));
    expect(ring.evicted).toBe(150);
    expect(ring.firstId).toBe(150);
  });

  test('evicted and firstId agree with since() at every moment, between eviction slices too', () => {
    for (let count = 95; count <= 110; count += 1) {
      const ring = filled(100, count);
      expect(ring.evicted).toBe(Math.max(0, count - 100));
      expect(ring.firstId).toBe(Math.max(0, count - 100));
      expect(ring.since(0)).toHaveLength(Math.min(100, count));
    }
  });

  test('a cap of 1 keeps the last frame', () => {
    const ring = filled(1, 5);
    expect(ids(ring.since(0))).toEqual([4]);
    expect(ring.evicted).toBe(4);
  });

  test('since() returns frames from an id on, all of them for an id older than the ring, none for the future', () => {
    const ring = filled(100, 250);
    expect(ids(ring.since(245))).toEqual([245, 246, 247, 248, 249]);
    expect(ring.since(10)).toHaveLength(100);
    expect(ring.since(250)).toEqual([]);
    expect(ring.since(999)).toEqual([]);
  });

  test('clear() forgets frames and evictions, but ids keep counting (a panel never sees an id twice)', () => {
    const ring = filled(10, 25);
    ring.clear();
    expect(ring.since(0)).toEqual([]);
    expect(ring.evicted).toBe(0);
    expect(ring.firstId).toBe(25);
    expect(ring.push(frame(25)).id).toBe(25);
  });

  test('restore() puts saved frames back with their eviction count and next id', () => {
    const saved = filled(100, 250);
    const ring = new FrameRing(100);
    ring.restore(saved.since(0), saved.evicted, saved.nextId);
    expect(ring.since(0)).toEqual(saved.since(0));
    expect(ring.evicted).toBe(150);
    expect(ring.push(frame(250)).id).toBe(250);
  });

  test('restore() never reuses an id even when the saved next id lags the frames', () => {
    const ring = new FrameRing(10);
    ring.restore([{ ...frame(0), id: 41 }], 0, 5);
    expect(ring.nextId).toBe(42);
    const empty = new FrameRing(10);
    empty.restore([], 3, 7);
    expect(empty.firstId).toBe(7);
    expect(empty.evicted).toBe(3);
  });

  test('restore() into a smaller ring evicts the excess and counts it', () => {
    const saved = filled(100, 100);
    const ring = new FrameRing(40);
    ring.restore(saved.since(0), 0, saved.nextId);
    expect(ring.firstId).toBe(60);
    expect(ring.evicted).toBe(60);
  });

  test('restore() copies: later pushes do not change the list it was given', () => {
    const frames = filled(10, 3).since(0);
    const ring = new FrameRing(10);
    ring.restore(frames, 0, 3);
    ring.push(frame(3));
    expect(frames).toHaveLength(3);
  });
});
