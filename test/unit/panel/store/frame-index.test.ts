import { describe, expect, test } from 'vitest';
import {
  appendFrames,
  EMPTY_FRAME_INDEX,
  frameCountsOf,
  indexFrames,
} from '../../../../src/panel/store/frame-index.ts';
import { textFrame } from '../support/panel-fixtures.ts';

describe('frame index', () => {
  test('groups and counts frames by connection and direction', () => {
    const index = indexFrames([textFrame(1, 'a', '{}'), textFrame(2, 'a', '{}'), textFrame(3, 'b', '{}')], 10);
    expect(index.byConnection.get('a')?.map((frame) => frame.id)).toEqual([1, 2]);
    expect(frameCountsOf(index, 'a')).toEqual({ sent: 1, received: 1 });
    expect(frameCountsOf(index, 'b')).toEqual({ sent: 1, received: 0 });
    expect(frameCountsOf(index, 'none')).toEqual({ sent: 0, received: 0 });
  });

  test('appending nothing returns the same index', () => {
    expect(appendFrames(EMPTY_FRAME_INDEX, [], 5)).toBe(EMPTY_FRAME_INDEX);
  });

  test('keeps untouched connections identical, so their analysis is reused', () => {
    const first = indexFrames([textFrame(1, 'a', '{}'), textFrame(2, 'b', '{}')], 10);
    const next = appendFrames(first, [textFrame(3, 'b', '{}')], 10);
    expect(next.byConnection.get('a')).toBe(first.byConnection.get('a'));
    expect(next.byConnection.get('b')).not.toBe(first.byConnection.get('b'));
  });

  test('a batch larger than the cap keeps only its newest frames', () => {
    const index = indexFrames(
      [1, 2, 3, 4].map((id) => textFrame(id, 'a', '{}')),
      2,
    );
    expect(index.all.map((frame) => frame.id)).toEqual([3, 4]);
    expect(index.byConnection.get('a')?.map((frame) => frame.id)).toEqual([3, 4]);
    expect(frameCountsOf(index, 'a')).toEqual({ sent: 1, received: 1 });
  });
});
