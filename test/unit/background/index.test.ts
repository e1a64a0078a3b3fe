import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { DELTA_INTERVAL_MS } from '../../../src/background/delta-scheduler.ts';
import { MATCH_WINDOW_MS } from '../../../src/background/handshake-observation.ts';
import { TabPersistence } from '../../../src/background/tab-persistence.ts';
import { TabStore } from '../../../src/background/tab-store.ts';
import { CONTENT_PORT, PROTOCOL_VERSION, panelPortName, type TabSnapshot } from '../../../src/shared/protocol.ts';
import { F5B_HANDSHAKE } from '../../fixtures/handshakes.ts';
import { EXTENSION_ID, extensionPage } from './support/fake-browser.ts';
import { type FakePort, fakePort } from './support/fake-port.ts';
import { MemorySessionArea } from './support/memory-session-area.ts';
import { DOC, F5B_URL, openEvent, pageBatch, T0, textFrame, wirePageBatch } from './support/observations.ts';

const fake = await vi.hoisted(async () => (await import('./support/fake-browser.ts')).fakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const webPage: Runtime.MessageSender = {
  id: fake.browser.runtime.id,
  url: 'https://mail.example.com/',
  tab: { id: 7 },
} as Runtime.MessageSender;

function connect(name: string, sender?: Runtime.MessageSender): FakePort {
  const port = fakePort(name, sender);
  fake.browser.runtime.onConnect.emit(port.port);
  return port;
}

const contentPort = (tabId: number) =>
  connect(CONTENT_PORT, { tab: { id: tabId }, frameId: 0 } as Runtime.MessageSender);
const message = (body: unknown, sender: Runtime.MessageSender) => fake.browser.runtime.onMessage.emit(body, sender)[0];
const lastSnapshot = (port: FakePort) =>
  (port.sent.filter((sent) => (sent as { type: string }).type === 'snapshot').at(-1) as { snapshot: TabSnapshot })
    ?.snapshot;

async function startWorker(area = new MemorySessionArea()): Promise<void> {
  fake.reset(area);
  vi.resetModules();
  await import('../../../src/background/index.ts');
}

beforeAll(() => {
  vi.stubGlobal('__TARGET__', 'chrome');
});
afterAll(() => {
  vi.unstubAllGlobals();
});
beforeEach(async () => {
  vi.useFakeTimers({ now: T0 + 60_000 });
  await startWorker();
  return () => vi.useRealTimers();
});

/** Saves of a tab are spaced out (SAVE_INTERVAL_MS): let fake time pass while waiting for one. */
async function settle(pending: unknown): Promise<void> {
  await vi.advanceTimersByTimeAsync(1_000);
  await pending;
}

describe('background ports', () => {
  test('a content port delivers batches and gets them acknowledged', async () => {
    const port = contentPort(7);
    await port.receive(wirePageBatch(1, [openEvent(1), textFrame(1, 'hello')]));
    expect(port.sent).toEqual([{ type: 'ack', document: DOC, seq: 1 }]);
  });

  test('a panel of an extension page gets the status and its snapshot', async () => {
    await contentPort(7).receive(wirePageBatch(1, [openEvent(1), textFrame(1, 'hello')]));
    const panel = connect(panelPortName(7), extensionPage());
    await vi.advanceTimersByTimeAsync(0);
    expect(panel.sent[0]).toEqual({
      type: 'background-status',
      status: { version: '0.1.0', browser: 'chrome', startedAt: T0 + 60_000, panelTabIds: [7] },
    });
    expect(lastSnapshot(panel)?.frames).toHaveLength(1);
  });

  test('a panel port opened by a web page (a content script) is refused', () => {
    expect(connect(panelPortName(7), webPage).disconnected).toBe(true);
    expect(connect(panelPortName(7)).disconnected).toBe(true);
  });
});

describe('background messages', () => {
  test('answers a status request from an extension page only', async () => {
    const request = { type: 'get-status', v: PROTOCOL_VERSION };
    await expect(message(request, extensionPage('/options.html'))).resolves.toMatchObject({ browser: 'chrome' });
    expect(message(request, webPage)).toBeUndefined();
    expect(
      message(request, { id: 'another-extension', url: 'chrome-extension://another-extension/x' }),
    ).toBeUndefined();
  });

  test('stores what the DevTools page saw (sessions, ticket mints)', async () => {
    const session = { at: T0, url: 'https://jmap.example.com/jmap/session', body: '{}' };
    const seen = { type: 'session-seen', v: PROTOCOL_VERSION, tabId: 7, session };
    await expect(message(seen, extensionPage('/devtools.html'))).resolves.toBe(true);
    expect(message({ ...seen, tabId: 'seven' }, extensionPage('/devtools.html'))).toBeUndefined();
    const panel = connect(panelPortName(7), extensionPage());
    await vi.advanceTimersByTimeAsync(0);
    expect(lastSnapshot(panel)?.sessions).toEqual([session]);
  });
});

describe('handshakes and tabs', () => {
  test('a refused handshake the page never reported becomes a connection after the match window', async () => {
    const details = { requestId: 'w1', tabId: 9, frameId: 0, url: F5B_URL, type: 'websocket' };
    fake.fire('onBeforeRequest', { ...details, timeStamp: T0 + 60_000 });
    fake.fire('onHeadersReceived', { ...details, statusCode: 401, statusLine: F5B_HANDSHAKE.statusLine });
    fake.fire('onErrorOccurred', { ...details, timeStamp: T0 + 60_010, error: 'net::ERR_FAILED' });
    const panel = connect(panelPortName(9), extensionPage());
    await vi.advanceTimersByTimeAsync(MATCH_WINDOW_MS + 250 + DELTA_INTERVAL_MS);
    const delta = panel.sent.at(-1) as { delta: TabSnapshot };
    expect(delta.delta.connections).toEqual([
      expect.objectContaining({ id: 'net:w1', handshake: expect.objectContaining({ status: 401 }) }),
    ]);
  });

  test('a navigation clears the tab and sends its panels a snapshot, unless Preserve log is on', async () => {
    await contentPort(7).receive(wirePageBatch(1, [openEvent(1), textFrame(1, 'hello')]));
    const panel = connect(panelPortName(7), extensionPage());
    await fake.browser.tabs.onUpdated.emit(7, { status: 'complete' })[0];
    await fake.browser.tabs.onUpdated.emit(8, { status: 'loading' })[0];
    await settle(panel.receive({ type: 'set-preserve-log', preserveLog: true }));
    await settle(fake.browser.tabs.onUpdated.emit(7, { status: 'loading' })[0]);
    expect(lastSnapshot(panel)?.frames).toHaveLength(1);
    await settle(panel.receive({ type: 'set-preserve-log', preserveLog: false }));
    await settle(fake.browser.tabs.onUpdated.emit(7, { status: 'loading' })[0]);
    expect(lastSnapshot(panel)).toMatchObject({ frames: [], connections: [] });
  });

  test('a navigation that wakes a stopped worker clears the restored tab too', async () => {
    const area = new MemorySessionArea();
    const store = new TabStore(7);
    store.applyPageBatch(pageBatch(1, [openEvent(1), textFrame(1, 'before')]), 0);
    await new TabPersistence(area).save(store);
    area.getDelayMs = 20;
    await startWorker(area);
    const handled = fake.browser.tabs.onUpdated.emit(7, { status: 'loading' })[0];
    await vi.advanceTimersByTimeAsync(20);
    await handled;
    area.getDelayMs = undefined;
    const [restored] = await new TabPersistence(area).loadAll();
    expect(restored?.snapshot()).toMatchObject({ frames: [], connections: [] });
  });

  test('a closed tab is forgotten, saved copy included', async () => {
    const area = fake.browser.storage.session;
    await contentPort(7).receive(wirePageBatch(1, [openEvent(1)]));
    await contentPort(8).receive(wirePageBatch(1, [openEvent(1)]));
    fake.browser.tabs.onRemoved.emit(7);
    await vi.advanceTimersByTimeAsync(0);
    expect(area.keys()).toEqual(['t8:meta']);
  });
});

describe('replays', () => {
  const REPLAY_URL = 'ws://127.0.0.1:8781/jmap/ws';
  const own = {
    tabId: -1,
    frameId: 0,
    type: 'websocket',
    url: REPLAY_URL,
    initiator: 'chrome-extension://hhfoipoeepcaljcejndchlcchbjcalkl',
  };

  test('the panel’s replay gets its header rule, then what the network saw of its handshake; the rule goes then', async () => {
    const panel = connect(panelPortName(7), extensionPage());
    await panel.receive({ type: 'replay-prepare', replayId: 'r1', url: REPLAY_URL, authorization: 'Bearer abc' });
    expect(panel.sent.at(-1)).toEqual({ type: 'replay-ready', replayId: 'r1' });
    const [rule] = [...fake.sessionRules().values()];
    expect(rule?.condition).toEqual({
      urlFilter: '||127.0.0.1:8781/jmap/ws^',
      resourceTypes: ['websocket'],
      initiatorDomains: [EXTENSION_ID],
    });
    fake.fire('onBeforeRequest', { ...own, requestId: 'q1', timeStamp: T0 });
    fake.fire('onHeadersReceived', {
      ...own,
      requestId: 'q1',
      timeStamp: T0 + 5,
      statusCode: 401,
      statusLine: 'HTTP/1.1 401 Unauthorized',
      responseHeaders: [],
    });
    await vi.advanceTimersByTimeAsync(0);
    const handshakes = panel.sent.filter((sent) => (sent as { type: string }).type === 'replay-handshake');
    expect(handshakes.at(-1)).toMatchObject({ replayId: 'r1', handshake: { status: 401, ended: false } });
    expect(fake.sessionRules().size).toBe(0);
    expect(lastSnapshot(panel)?.connections).toEqual([]);
  });

  test('what the replay recorded lists in the inspected tab as a replay connection', async () => {
    const panel = connect(panelPortName(7), extensionPage());
    const connection = {
      id: 'replay:1',
      source: 'replay',
      frameId: 0,
      pageUrl: '',
      handshake: { url: REPLAY_URL, protocols: ['jmap'], status: 101 },
      createdAt: T0,
      replay: { of: 'live:a:1', via: 'captured URL' },
    };
    const frame = { connectionId: 'replay:1', dir: 'sent', at: T0 + 1, data: { kind: 'text', text: '{}' } };
    await settle(panel.receive({ type: 'replay-record', connection, frames: [frame] }));
    await settle(panel.receive({ type: 'replay-record', connection: { ...connection, id: 'live:x' }, frames: [] }));
    const later = connect(panelPortName(7), extensionPage());
    await vi.advanceTimersByTimeAsync(0);
    const snapshot = lastSnapshot(later);
    expect(snapshot?.connections).toEqual([connection]);
    expect(snapshot?.frames).toEqual([{ ...frame, id: 0 }]);
  });
});
