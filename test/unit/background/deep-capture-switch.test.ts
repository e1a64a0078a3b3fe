import { describe, expect, test } from 'vitest';
import type { DebuggerApi } from '../../../src/background/debugger-api.ts';
import type { DeepEvent } from '../../../src/background/deep-event.ts';
import { startDeepCapture } from '../../../src/background/start-deep-capture.ts';
import { DEEP_CAPTURE_KEY } from '../../../src/shared/deep-capture-setting.ts';
import { cdp } from './support/cdp-events.ts';
import { fakeDebugger, settle } from './support/fake-debugger.ts';
import { fakeLocalStorage } from './support/fake-local-storage.ts';

function setup(stored: Record<string, unknown> = {}, options: { granted?: boolean; panels?: number[] } = {}) {
  const debuggerApi = fakeDebugger();
  const storage = fakeLocalStorage(stored);
  const reported: Array<{ tabId: number; events: DeepEvent[] }> = [];
  let api: DebuggerApi | undefined = options.granted === false ? undefined : debuggerApi.api;
  const control = startDeepCapture({
    debuggerApi: () => api,
    storage: storage.local,
    onLocalChanged: storage.local.onChanged,
    panelTabIds: () => options.panels ?? [],
    report: (tabId, events) => reported.push({ tabId, events }),
  });
  const grant = () => {
    api = debuggerApi.api;
  };
  return { debuggerApi, storage, reported, control, grant };
}

const turn = (storage: ReturnType<typeof fakeLocalStorage>, on: boolean) =>
  storage.local.set({ [DEEP_CAPTURE_KEY]: on });

describe('deep capture follows its switch', () => {
  test('off by default: a panel opening attaches nothing', async () => {
    const { debuggerApi, control } = setup({}, { panels: [3] });
    await control.panelOpened(3);
    await settle();
    expect(debuggerApi.attached.size).toBe(0);
    expect(debuggerApi.commands).toEqual([]);
  });

  test('only a stored `true` is on', async () => {
    const { debuggerApi, control } = setup({ [DEEP_CAPTURE_KEY]: 'yes' });
    await control.panelOpened(3);
    expect(debuggerApi.attached.size).toBe(0);
  });

  test('on at start: each panel that opens has its tab attached', async () => {
    const { debuggerApi, control } = setup({ [DEEP_CAPTURE_KEY]: true });
    await control.panelOpened(3);
    await control.panelOpened(4);
    expect([...debuggerApi.attached].sort()).toEqual(['tab:3', 'tab:4']);
  });

  test('turned on: the tabs whose panels are open now are attached; turned off: all detached', async () => {
    const { debuggerApi, storage } = setup({}, { panels: [3, 5] });
    await turn(storage, true);
    await settle();
    expect([...debuggerApi.attached].sort()).toEqual(['tab:3', 'tab:5']);
    await turn(storage, false);
    await settle();
    expect(debuggerApi.attached.size).toBe(0);
  });

  test('changes of other keys are not the switch', async () => {
    const { debuggerApi, storage } = setup({}, { panels: [3] });
    await storage.local.set({ other: true });
    await settle();
    expect(debuggerApi.attached.size).toBe(0);
  });

  test('only storage.local is listened to: the tabs saved in storage.session are never copied into the worker', () => {
    const { storage } = setup();
    expect(storage.listeners).toHaveLength(0);
    expect(storage.localListeners).toHaveLength(1);
  });

  test('cancelling the debugging bar stores the switch off', async () => {
    const { debuggerApi, storage, control } = setup({ [DEEP_CAPTURE_KEY]: true });
    await control.panelOpened(3);
    debuggerApi.detachedByBrowser({ tabId: 3 }, 'canceled_by_user');
    await settle();
    expect(storage.items.get(DEEP_CAPTURE_KEY)).toBe(false);
    await control.panelOpened(3);
    expect(debuggerApi.attached.size).toBe(0);
  });

  test("events of attached tabs are reported to the background's store", async () => {
    const { debuggerApi, reported, control } = setup({ [DEEP_CAPTURE_KEY]: true });
    await control.panelOpened(3);
    debuggerApi.emit({ tabId: 3 }, ...cdp.created('1'));
    debuggerApi.emit({ tabId: 3 }, ...cdp.willSend('1'));
    expect(reported.map(({ tabId, events }) => [tabId, events[0]?.kind])).toEqual([[3, 'page']]);
  });
});

describe('without the debugger (Firefox, or not granted yet)', () => {
  test('nothing happens, whatever the switch says', async () => {
    const { debuggerApi, storage, control } = setup({ [DEEP_CAPTURE_KEY]: true }, { granted: false, panels: [3] });
    await control.panelOpened(3);
    await turn(storage, true);
    await settle();
    expect(debuggerApi.attached.size).toBe(0);
  });

  test('granted later, it is used from the next time the switch is turned on', async () => {
    const { debuggerApi, storage, grant } = setup({}, { granted: false, panels: [3] });
    grant();
    await turn(storage, true);
    await settle();
    expect([...debuggerApi.attached]).toEqual(['tab:3']);
  });

  test('an unreadable setting is off', async () => {
    const debuggerApi = fakeDebugger();
    const storage = fakeLocalStorage();
    const control = startDeepCapture({
      debuggerApi: () => debuggerApi.api,
      storage: { get: () => Promise.reject(new Error('no storage')), set: storage.local.set },
      onLocalChanged: storage.local.onChanged,
      panelTabIds: () => [3],
      report: () => undefined,
    });
    await control.panelOpened(3);
    expect(debuggerApi.attached.size).toBe(0);
  });
});
