import { describe, expect, test } from 'vitest';
import { PanelRegistry } from '../../../src/background/panel-registry.ts';
import type { BackgroundToPanel } from '../../../src/shared/protocol.ts';
import { fakePort } from './support/fake-port.ts';

const message: BackgroundToPanel = {
  type: 'background-status',
  status: { version: '1', browser: 'chrome', startedAt: 0, panelTabIds: [] },
};

describe('PanelRegistry', () => {
  test('posts to every panel of a tab and to no other tab', () => {
    const registry = new PanelRegistry();
    const devtools = fakePort();
    const popOut = fakePort();
    const other = fakePort();
    registry.add(1, devtools.port);
    registry.add(1, popOut.port);
    registry.add(2, other.port);
    registry.post(1, message);
    expect(devtools.sent).toEqual([message]);
    expect(popOut.sent).toEqual([message]);
    expect(other.sent).toEqual([]);
    expect(registry.tabIds()).toEqual([1, 2]);
    expect(registry.has(1)).toBe(true);
    expect(registry.has(3)).toBe(false);
  });

  test('lists tabs in numeric order', () => {
    const registry = new PanelRegistry();
    for (const tabId of [10, 9, 100]) registry.add(tabId, fakePort().port);
    expect(registry.tabIds()).toEqual([9, 10, 100]);
  });

  test('forgets a port when it disconnects, and the tab with its last port', () => {
    const registry = new PanelRegistry();
    const first = fakePort();
    const second = fakePort();
    registry.add(9, first.port);
    registry.add(9, second.port);
    first.disconnect();
    expect(registry.tabIds()).toEqual([9]);
    second.disconnect();
    expect(registry.tabIds()).toEqual([]);
    expect(registry.has(9)).toBe(false);
    registry.post(9, message);
    expect(second.sent).toEqual([]);
  });

  test('forgets a port that can no longer be posted to, and still reaches the others', () => {
    const registry = new PanelRegistry();
    const closed = fakePort();
    const open = fakePort();
    registry.add(4, closed.port);
    registry.add(4, open.port);
    closed.breakPosting();
    registry.post(4, message);
    registry.post(4, message);
    expect(open.sent).toEqual([message, message]);
    closed.disconnect();
    open.disconnect();
    expect(registry.tabIds()).toEqual([]);
  });

  test('posting to a tab without panels does nothing', () => {
    expect(() => new PanelRegistry().post(5, message)).not.toThrow();
  });
});
