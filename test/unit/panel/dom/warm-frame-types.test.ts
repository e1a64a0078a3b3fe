import { afterEach, describe, expect, test, vi } from 'vitest';
import { warmFrameTypesWhenIdle } from '../../../../src/panel/dom/warm-frame-types.ts';
import { applyBackgroundMessage, createPanelStore } from '../../../../src/panel/panel-store.ts';
import { NO_DROPS, snapshotOf, textFrame } from '../support/panel-fixtures.ts';

type IdleCallback = (deadline: { timeRemaining(): number }) => void;

afterEach(() => vi.unstubAllGlobals());

describe('warmFrameTypesWhenIdle', () => {
  test('parses frame types in idle time, in slices, and picks up new frames', () => {
    const queue: IdleCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleCallback) => queue.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const store = createPanelStore(1, { throttle: false });
    const seen: number[] = [];
    const typeOf = store.typeOf;
    Object.assign(store, {
      typeOf: (frame: Parameters<typeof typeOf>[0]) => {
        seen.push(frame.id);
        return typeOf(frame);
      },
    });
    const frames = [1, 2, 3].map((id) => textFrame(id, 'a', '{"@type":"StateChange","changed":{}}'));
    applyBackgroundMessage(store, { type: 'snapshot', snapshot: { ...snapshotOf([]), frames } });
    const stop = warmFrameTypesWhenIdle(store);
    let budget = 5;
    queue.shift()?.({ timeRemaining: () => (budget -= 1) });
    expect(seen).toEqual([1, 2]);
    queue.shift()?.({ timeRemaining: () => 50 });
    expect(seen).toEqual([1, 2, 3]);
    expect(queue).toHaveLength(0);
    applyBackgroundMessage(store, {
      type: 'delta',
      delta: { connections: [], frames: [textFrame(4, 'a', '{}')], sessions: [], ticketMints: [], dropped: NO_DROPS },
    });
    queue.shift()?.({ timeRemaining: () => 50 });
    expect(seen).toEqual([1, 2, 3, 4]);
    stop();
  });

  test('does nothing where idle callbacks do not exist', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    expect(warmFrameTypesWhenIdle(createPanelStore(1))).toBeTypeOf('function');
  });
});
