import { describe, expect, test } from 'vitest';
import { type FrameFilter, NO_FRAME_FILTER } from '../../../../src/panel/store/frame-filter.ts';
import { searchFrames } from '../../../../src/panel/store/frame-search.ts';
import { createFrameTypeCache } from '../../../../src/panel/store/frame-type-cache.ts';
import type { StoredFrame } from '../../../../src/shared/protocol.ts';
import {
  JAMES_ECHO_RESPONSE,
  JAMES_STATE_CHANGE,
  QUICK_BROWN_FOX,
  STALWART_NOT_REQUEST,
  TMAIL_ECHO_REQUEST,
  TMAIL_PUSH_ENABLE,
} from '../../../fixtures/frames.ts';

const TEXTS = [
  TMAIL_PUSH_ENABLE,
  TMAIL_ECHO_REQUEST,
  JAMES_ECHO_RESPONSE,
  JAMES_STATE_CHANGE,
  QUICK_BROWN_FOX,
  STALWART_NOT_REQUEST,
];
const CONNECTIONS = ['c1', 'c2', 'c3', 'c4'];
const COUNT = 100_000;

/** Frame i: text TEXTS[i % 6], connection CONNECTIONS[i % 4], binary every 97th, sent when i is even. */
function frameAt(index: number): StoredFrame {
  const connectionId = CONNECTIONS[index % CONNECTIONS.length] ?? 'c1';
  const dir = index % 2 === 0 ? 'sent' : 'received';
  const data =
    index % 97 === 0
      ? ({ kind: 'binary', size: 64, headHex: 'cafe0042' } as const)
      : ({ kind: 'text', text: `${TEXTS[index % TEXTS.length]}` } as const);
  return { id: index, connectionId, dir, at: 1_000 + index, data };
}

const FRAMES = Array.from({ length: COUNT }, (_, index) => frameAt(index));

function expected(predicate: (frame: StoredFrame, index: number) => boolean): number[] {
  return FRAMES.filter(predicate).map((frame) => frame.id);
}

const textOf = (frame: StoredFrame) => (frame.data.kind === 'text' ? frame.data.text : '');

describe('searchFrames over 100 000 frames', () => {
  const typeOf = createFrameTypeCache();
  const search = (change: Partial<FrameFilter>, connectionId?: string) =>
    searchFrames(FRAMES, { ...NO_FRAME_FILTER, ...change }, { typeOf, connectionId }).frames.map((frame) => frame.id);

  test('no filter keeps every frame', () => {
    expect(search({})).toHaveLength(COUNT);
  });

  test('a regex over the text of every connection', () => {
    const started = performance.now();
    const found = search({ query: 'core/ECHO.*"c0"', regex: true });
    const elapsed = performance.now() - started;
    expect(found).toEqual(expected((frame) => /core\/echo.*"c0"/i.test(textOf(frame))));
    expect(found.length).toBeGreaterThan(30_000);
    console.info(`regex search over ${COUNT} frames: ${elapsed.toFixed(1)} ms`);
  });

  test('plain text is matched literally, case-insensitively, and binary frames by their hex', () => {
    expect(search({ query: 'QUICK BROWN' })).toEqual(expected((frame) => textOf(frame).includes('quick brown')));
    expect(search({ query: '.*' })).toEqual([]);
    expect(search({ query: 'CAFE00' })).toEqual(expected((frame) => frame.data.kind === 'binary'));
  });

  test('direction, JMAP type and connection filters combine', () => {
    const typeOfFresh = createFrameTypeCache();
    const timed = (change: Partial<FrameFilter>, connectionId?: string) => {
      const started = performance.now();
      const { frames } = searchFrames(FRAMES, { ...NO_FRAME_FILTER, ...change }, { typeOf: typeOfFresh, connectionId });
      return { ids: frames.map((frame) => frame.id), ms: performance.now() - started };
    };
    const cold = timed({ type: 'StateChange', direction: 'received' });
    const warm = timed({ type: 'StateChange', direction: 'received' });
    expect(cold.ids).toEqual(expected((frame, index) => frame.data.kind === 'text' && index % 6 === 3));
    expect(warm.ids).toEqual(cold.ids);
    const combined = timed({ type: 'Request', direction: 'received', scope: 'selected', query: 'R1' }, 'c2');
    expect(combined.ids).toEqual(expected((frame, index) => frame.data.kind === 'text' && index % 12 === 1));
    expect(combined.ids.length).toBeGreaterThan(0);
    console.info(
      `type filter over ${COUNT} frames: cold ${cold.ms.toFixed(1)} ms, warm ${warm.ms.toFixed(1)} ms; combined ${combined.ms.toFixed(1)} ms`,
    );
  });

  test('types that need a parse: not JMAP, not JSON, binary', () => {
    expect(search({ type: 'invalid-json' })).toEqual(
      expected((frame, index) => frame.data.kind === 'text' && index % 6 === 4),
    );
    expect(search({ type: 'binary' })).toEqual(expected((frame) => frame.data.kind === 'binary'));
    expect(search({ type: 'RequestError' })).toEqual(
      expected((frame, index) => frame.data.kind === 'text' && index % 6 === 5),
    );
  });

  test('the selected-connection scope with no connection selected matches nothing', () => {
    expect(search({ scope: 'selected' })).toEqual([]);
  });

  test('an invalid regex says why and matches nothing', () => {
    const result = searchFrames(FRAMES, { ...NO_FRAME_FILTER, query: '(', regex: true }, { typeOf });
    expect(result.frames).toEqual([]);
    expect(result.error).toMatch(/./);
  });
});
