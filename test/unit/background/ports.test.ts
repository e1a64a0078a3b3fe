import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createBackgroundContext } from '../../../src/background/background-context.ts';
import { handleContentPort, handlePanelPort } from '../../../src/background/ports.ts';
import { ReplayHandshakes } from '../../../src/background/replay-handshakes.ts';
import { ReplayHeaderRules } from '../../../src/background/replay-header-rules.ts';
import { ReplayRequests } from '../../../src/background/replay-requests.ts';
import { type BackgroundStatus, CONTENT_PORT, panelPortName, type TabSnapshot } from '../../../src/shared/protocol.ts';
import { type FakePort, fakePort } from './support/fake-port.ts';
import { fakeSessionRules } from './support/fake-session-rules.ts';
import { MemorySessionArea } from './support/memory-session-area.ts';
import { DOC, openEvent, opened, textFrame, wirePageBatch } from './support/observations.ts';

const STATUS: BackgroundStatus = { version: '0.1.0', browser: 'chrome', startedAt: 1, panelTabIds: [] };
const contentSender = (tabId?: number, frameId?: number): Runtime.MessageSender =>
  ({ tab: tabId === undefined ? undefined : { id: tabId }, frameId }) as Runtime.MessageSender;

function setup() {
  const area = new MemorySessionArea();
  const context = createBackgroundContext(area);
  const rules = fakeSessionRules();
  const handshakes = new ReplayHandshakes();
  const replays = new ReplayRequests(context, handshakes, new ReplayHeaderRules(rules.api, () => undefined));
  const content = (tabId = 7, frameId = 0) => {
    const port = fakePort(CONTENT_PORT, contentSender(tabId, frameId));
    handleContentPort(context, port.port);
    return port;
  };
  const panel = (name = panelPortName(7), sender?: Runtime.MessageSender) => {
    const port = fakePort(name, sender);
    handlePanelPort(context, port.port, () => STATUS, replays, 'hhfoipoeepcaljcejndchlcchbjcalkl');
    return port;
  };
  return { area, context, content, panel, rules, handshakes };
}

const snapshots = (port: FakePort) =>
  port.sent.flatMap((message) => ((message as { type: string }).type === 'snapshot' ? [message] : [])) as Array<{
    snapshot: TabSnapshot;
  }>;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout'], shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('content ports', () => {
  test('a batch is applied, saved, then acknowledged', async () => {
    const { area, context, content } = setup();
    const port = content();
    await port.receive(wirePageBatch(1, [openEvent(1), opened(1), textFrame(1, 'hello')]));
    expect(area.keys()).toEqual(['t7:meta', 't7:s0']);
    expect(port.sent).toEqual([{ type: 'ack', document: DOC, seq: 1 }]);
    expect((await context.tabs.get(7)).snapshot().frames).toHaveLength(1);
  });

  test('a batch sent again is acknowledged again but applied once', async () => {
    const { context, content } = setup();
    const port = content();
    const batch = wirePageBatch(1, [openEvent(1), textFrame(1, 'hello')]);
    await port.receive(batch);
    const again = content();
    await again.receive(batch);
    expect((await context.tabs.get(7)).snapshot().frames).toHaveLength(1);
    expect(again.sent).toEqual([{ type: 'ack', document: DOC, seq: 1 }]);
  });

  test('records the frame the batch came from', async () => {
    const { context, content } = setup();
    await content(7, 3).receive(wirePageBatch(1, [openEvent(1)]));
    expect((await context.tabs.get(7)).snapshot().connections[0]?.frameId).toBe(3);
  });

  test('ignores anything that is not a page batch', async () => {
    const { context, content } = setup();
    const port = content();
    await port.receive({ type: 'clear' });
    await port.receive(null);
    expect(port.sent).toEqual([]);
    expect(context.tabs.has(7)).toBe(false);
  });

  test('a page that went away before its ack does not break the background', async () => {
    const { content } = setup();
    const port = content();
    port.breakPosting();
    await expect(port.receive(wirePageBatch(1, [openEvent(1)]))).resolves.toBeUndefined();
  });

  test('a port without a tab is disconnected', () => {
    const { context } = setup();
    for (const sender of [contentSender(undefined), contentSender(-1), undefined]) {
      const port = fakePort(CONTENT_PORT, sender);
      handleContentPort(context, port.port);
      expect(port.disconnected).toBe(true);
    }
  });
});

describe('panel ports', () => {
  test('a panel gets the background status, then the snapshot of its tab', async () => {
    const { content, panel } = setup();
    await content().receive(wirePageBatch(1, [openEvent(1), textFrame(1, 'hello')]));
    const port = panel();
    await flush();
    expect(port.sent[0]).toEqual({ type: 'background-status', status: STATUS });
    expect(snapshots(port)[0]?.snapshot).toMatchObject({ tabId: 7, frames: [{ id: 0 }] });
  });

  test('then deltas with what changes', async () => {
    const { content, panel } = setup();
    const port = panel();
    await content().receive(wirePageBatch(1, [openEvent(1), textFrame(1, 'hello')]));
    await vi.advanceTimersByTimeAsync(100);
    expect(port.sent.at(-1)).toMatchObject({ type: 'delta', delta: { frames: [{ id: 0 }] } });
  });

  test('Clear empties the tab and sends every panel of it a new snapshot', async () => {
    const { content, panel } = setup();
    await content().receive(wirePageBatch(1, [openEvent(1), textFrame(1, 'hello')]));
    const port = panel();
    const popOut = panel();
    await port.receive({ type: 'clear' });
    for (const each of [port, popOut]) {
      expect(snapshots(each).at(-1)?.snapshot).toMatchObject({ frames: [], connections: [{ id: `live:${DOC}:1` }] });
    }
  });

  test('Preserve log is switched on and off', async () => {
    const { context, panel } = setup();
    const port = panel();
    await port.receive({ type: 'set-preserve-log', preserveLog: true });
    expect((await context.tabs.get(7)).preserveLog).toBe(true);
    await port.receive({ type: 'set-preserve-log', preserveLog: 'yes' });
    await port.receive({ type: 'unknown' });
    await port.receive(undefined);
    expect((await context.tabs.get(7)).preserveLog).toBe(true);
    await port.receive({ type: 'set-preserve-log', preserveLog: false });
    expect((await context.tabs.get(7)).preserveLog).toBe(false);
  });

  test('a port whose name is not a panel port of a tab is disconnected', () => {
    const { context, panel } = setup();
    const port = panel('jpi:panel:abc');
    expect(port.disconnected).toBe(true);
    expect(context.panels.tabIds()).toEqual([]);
  });
});
