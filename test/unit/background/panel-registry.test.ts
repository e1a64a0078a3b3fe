import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { PanelRegistry } from '../../../src/background/panel-registry.ts';
import type { BackgroundToPanel } from '../../../src/shared/protocol.ts';

function fakePort() {
  const sent: unknown[] = [];
  const onDisconnect: Array<() => void> = [];
  const port = {
    postMessage: (message: unknown) => sent.push(message),
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
  } as unknown as Runtime.Port;
  return {
    port,
    sent,
    disconnect: () => {
      for (const listener of onDisconnect) listener();
    },
  };
}

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
    registry.post(9, message);
    expect(second.sent).toEqual([]);
  });
});
