import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEEP_CAPTURE_KEY } from '../../../src/shared/deep-capture-setting.ts';
import { panelPortName, type TabSnapshot } from '../../../src/shared/protocol.ts';
import { cdp, workerAttached } from './support/cdp-events.ts';
import { extensionPage } from './support/fake-browser.ts';
import { type FakeDebugger, fakeDebugger, settle } from './support/fake-debugger.ts';
import { fakePort } from './support/fake-port.ts';
import { MemorySessionArea } from './support/memory-session-area.ts';

const fake = await vi.hoisted(async () => (await import('./support/fake-browser.ts')).fakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

let debuggerApi: FakeDebugger;

async function startWorker(target: 'chrome' | 'firefox', local: Record<string, unknown>): Promise<void> {
  vi.stubGlobal('__TARGET__', target);
  debuggerApi = fakeDebugger();
  vi.stubGlobal('chrome', { debugger: debuggerApi.api });
  fake.reset(new MemorySessionArea(), local);
  vi.resetModules();
  await import('../../../src/background/index.ts');
}

async function openPanel(tabId: number): Promise<TabSnapshot | undefined> {
  const port = fakePort(panelPortName(tabId), extensionPage(`/panel.html?tabId=${tabId}`));
  fake.browser.runtime.onConnect.emit(port.port);
  await settle();
  const snapshots = port.sent.filter((sent) => (sent as { type: string }).type === 'snapshot');
  return (snapshots.at(-1) as { snapshot: TabSnapshot } | undefined)?.snapshot;
}

afterEach(() => vi.unstubAllGlobals());

describe('the background with deep capture', () => {
  test('Chrome, switched on: a panel opening attaches its tab; a worker socket lands in the tab store', async () => {
    await startWorker('chrome', { [DEEP_CAPTURE_KEY]: true });
    await openPanel(7);
    expect([...debuggerApi.attached]).toEqual(['tab:7']);
    const [attached, created, willSend, response, sent] = [
      workerAttached('W1'),
      cdp.created('5'),
      cdp.willSend('5'),
      cdp.response('5'),
      cdp.sent('5', '{"@type":"WebSocketPushEnable"}'),
    ];
    debuggerApi.emit({ tabId: 7 }, ...attached);
    for (const event of [created, willSend, response, sent]) debuggerApi.emit({ tabId: 7, sessionId: 'W1' }, ...event);
    await settle();
    const snapshot = await openPanel(7);
    expect(snapshot?.connections.map((connection) => [connection.id, connection.pageUrl])).toEqual([
      ['live:cdp:W1:5', 'worker: https://mail.example.com/push-worker.js'],
    ]);
    expect(snapshot?.frames.map((frame) => frame.data)).toEqual([
      { kind: 'text', text: '{"@type":"WebSocketPushEnable"}' },
    ]);
  });

  test('Chrome, off (the default): nothing attaches', async () => {
    await startWorker('chrome', {});
    await openPanel(7);
    expect(debuggerApi.attached.size).toBe(0);
    expect(debuggerApi.commands).toEqual([]);
  });

  test('Chrome: turning it on from the options page attaches the tabs whose panel is open', async () => {
    await startWorker('chrome', {});
    await openPanel(7);
    await fake.browser.storage.local.set({ [DEEP_CAPTURE_KEY]: true });
    await settle();
    expect([...debuggerApi.attached]).toEqual(['tab:7']);
  });

  test('Firefox (no debugger API): nothing is attached even when the switch says on', async () => {
    await startWorker('firefox', { [DEEP_CAPTURE_KEY]: true });
    await openPanel(7);
    expect(debuggerApi.attached.size).toBe(0);
    expect(debuggerApi.commands).toEqual([]);
  });
});
