import { describe, expect, test } from 'vitest';
import { DeepCapture } from '../../../src/background/deep-capture.ts';
import type { DeepEvent } from '../../../src/background/deep-event.ts';
import { cdp, WORKER_SCRIPT, workerAttached } from './support/cdp-events.ts';
import { fakeDebugger, settle } from './support/fake-debugger.ts';

const TAB = 7;
const AUTO_ATTACH = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

function setup() {
  const debuggerApi = fakeDebugger();
  const reported: Array<{ tabId: number; events: DeepEvent[] }> = [];
  let canceled = 0;
  const capture = new DeepCapture(debuggerApi.api, {
    events: (tabId, events) => reported.push({ tabId, events }),
    canceled: () => {
      canceled += 1;
    },
  });
  const emit = (source: object, [method, params]: readonly [string, Record<string, unknown>]) =>
    debuggerApi.emit(source, method, params);
  return { debuggerApi, capture, reported, emit, canceledCount: () => canceled };
}

const kinds = (reported: Array<{ events: DeepEvent[] }>) =>
  reported.flatMap(({ events }) => events.map((event) => (event.kind === 'page' ? 'page' : event.event.type)));

describe('DeepCapture: attaching', () => {
  test('attaches once per tab, enables Network and auto-attaches workers (flat sessions, waiting for us)', async () => {
    const { debuggerApi, capture } = setup();
    await capture.attach(TAB);
    await capture.attach(TAB);
    expect([...debuggerApi.attached]).toEqual(['tab:7']);
    expect(debuggerApi.commands).toEqual([
      { target: { tabId: TAB }, method: 'Network.enable' },
      { target: { tabId: TAB }, method: 'Target.setAutoAttach', params: AUTO_ATTACH },
    ]);
    expect(capture.tabIds()).toEqual([TAB]);
  });

  test('a tab that cannot be debugged (a browser page) is left alone', async () => {
    const { debuggerApi, capture } = setup();
    debuggerApi.refuseAttach.add('tab:7');
    await capture.attach(TAB);
    expect(capture.tabIds()).toEqual([]);
    expect(debuggerApi.commands).toEqual([]);
  });

  test('a failing command detaches again', async () => {
    const { debuggerApi, capture } = setup();
    debuggerApi.failing.add('Network.enable');
    await capture.attach(TAB);
    expect(capture.tabIds()).toEqual([]);
    expect(debuggerApi.attached.size).toBe(0);
  });

  test('a session left by a stopped background is taken over: detached, then attached afresh', async () => {
    const { debuggerApi, capture } = setup();
    debuggerApi.attached.add('tab:7');
    await capture.attach(TAB);
    expect(debuggerApi.detaches).toEqual(['tab:7']);
    expect(capture.tabIds()).toEqual([TAB]);
    expect(debuggerApi.methods({ tabId: TAB })).toContain('Network.enable');
  });
});

describe('DeepCapture: detaching', () => {
  test('detach and detachAll let go of every tab', async () => {
    const { debuggerApi, capture } = setup();
    await capture.attach(1);
    await capture.attach(2);
    await capture.detach(1);
    expect(capture.tabIds()).toEqual([2]);
    await capture.detachAll();
    expect(capture.tabIds()).toEqual([]);
    expect(debuggerApi.attached.size).toBe(0);
    await capture.detach(3);
    expect(debuggerApi.detaches).toEqual(['tab:1', 'tab:2']);
  });

  test('the tab closing (Chrome detaches) forgets it; events after that are ignored', async () => {
    const { debuggerApi, capture, reported, emit, canceledCount } = setup();
    await capture.attach(TAB);
    debuggerApi.detachedByBrowser({ tabId: TAB }, 'target_closed');
    expect(capture.tabIds()).toEqual([]);
    emit({ tabId: TAB }, cdp.created('1'));
    emit({ tabId: TAB }, cdp.willSend('1'));
    expect(reported).toEqual([]);
    expect(canceledCount()).toBe(0);
  });

  test('the user cancelling the debugging bar forgets the tab and turns deep capture off', async () => {
    const { debuggerApi, capture, canceledCount } = setup();
    await capture.attach(TAB);
    debuggerApi.detachedByBrowser({ tabId: TAB }, 'canceled_by_user');
    expect(capture.tabIds()).toEqual([]);
    expect(canceledCount()).toBe(1);
  });

  test('a tab can be attached again after it was detached', async () => {
    const { debuggerApi, capture } = setup();
    await capture.attach(TAB);
    debuggerApi.detachedByBrowser({ tabId: TAB }, 'target_closed');
    await capture.attach(TAB);
    expect(capture.tabIds()).toEqual([TAB]);
  });
});

describe('DeepCapture: events', () => {
  test("a page socket's handshake is reported for its tab; events of tabs not attached are not", async () => {
    const { capture, reported, emit } = setup();
    await capture.attach(TAB);
    for (const event of [cdp.created('1'), cdp.willSend('1'), cdp.sent('1', 'hello')]) emit({ tabId: TAB }, event);
    emit({ tabId: 99 }, cdp.created('2'));
    emit({ tabId: 99 }, cdp.willSend('2'));
    expect(reported.map(({ tabId }) => tabId)).toEqual([TAB]);
    expect(kinds(reported)).toEqual(['page']);
  });

  test('a dedicated worker: Network, its own children, then it may run; its sockets are worker sockets', async () => {
    const { debuggerApi, capture, reported, emit } = setup();
    await capture.attach(TAB);
    emit({ tabId: TAB }, workerAttached('W1'));
    await settle();
    expect(debuggerApi.methods({ tabId: TAB, sessionId: 'W1' })).toEqual([
      'Network.enable',
      'Target.setAutoAttach',
      'Runtime.runIfWaitingForDebugger',
    ]);
    for (const event of [cdp.created('5'), cdp.willSend('5'), cdp.sent('5', 'hi')]) {
      emit({ tabId: TAB, sessionId: 'W1' }, event);
    }
    expect(kinds(reported)).toEqual(['open', 'handshake', 'frame']);
    expect(reported[0]?.events[0]).toMatchObject({ kind: 'worker', key: 'W1:5', event: { workerUrl: WORKER_SCRIPT } });
  });

  test('a worker is let run even when Network cannot be enabled in it', async () => {
    const { debuggerApi, capture, emit } = setup();
    await capture.attach(TAB);
    debuggerApi.failing.add('Network.enable');
    emit({ tabId: TAB }, workerAttached('W1'));
    await settle();
    expect(debuggerApi.methods({ tabId: TAB, sessionId: 'W1' })).toEqual([
      'Network.enable',
      'Runtime.runIfWaitingForDebugger',
    ]);
  });

  test('an out-of-process frame is a page session: its sockets give handshakes, not connections', async () => {
    const { capture, reported, emit } = setup();
    await capture.attach(TAB);
    emit({ tabId: TAB }, workerAttached('F1', 'iframe', 'https://other.example/'));
    for (const event of [cdp.created('5'), cdp.willSend('5'), cdp.sent('5', 'hi')]) {
      emit({ tabId: TAB, sessionId: 'F1' }, event);
    }
    expect(kinds(reported)).toEqual(['page']);
  });

  test('a detached worker session is forgotten with its sockets', async () => {
    const { capture, reported, emit } = setup();
    await capture.attach(TAB);
    emit({ tabId: TAB }, workerAttached('W1'));
    emit({ tabId: TAB, sessionId: 'W1' }, cdp.created('5'));
    emit({ tabId: TAB }, ['Target.detachedFromTarget', { sessionId: 'W1' }]);
    emit({ tabId: TAB, sessionId: 'W1' }, cdp.willSend('5'));
    expect(reported).toEqual([]);
  });
});

describe('DeepCapture: shared workers, attached by target id when the page requests their script', () => {
  const scriptRequest = (requestId: string, url = 'https://mail.example.com/shared.js') =>
    ['Network.requestWillBeSent', { requestId, type: 'Script', documentURL: url, request: { url } }] as const;

  test('attached, Network enabled, its sockets reported for the tab that started it', async () => {
    const { debuggerApi, capture, reported, emit } = setup();
    debuggerApi.targets = [{ id: 'SW1', type: 'worker', url: 'https://mail.example.com/shared.js' }];
    await capture.attach(TAB);
    emit({ tabId: TAB }, scriptRequest('SW1'));
    await settle();
    expect(debuggerApi.attached.has('target:SW1')).toBe(true);
    expect(debuggerApi.methods({ targetId: 'SW1' })).toEqual(['Network.enable']);
    for (const event of [cdp.created('8'), cdp.willSend('8'), cdp.received('8', 'push')]) {
      emit({ targetId: 'SW1' }, event);
    }
    expect(reported.every(({ tabId }) => tabId === TAB)).toBe(true);
    expect(kinds(reported)).toEqual(['open', 'handshake', 'frame']);
    expect(reported[0]?.events[0]).toMatchObject({ event: { workerUrl: 'https://mail.example.com/shared.js' } });
  });

  test('dedicated workers (listed as "other") and unknown targets are not attached by id', async () => {
    const { debuggerApi, capture, emit } = setup();
    debuggerApi.targets = [{ id: 'DW1', type: 'other', url: 'https://mail.example.com/w.js' }];
    await capture.attach(TAB);
    emit({ tabId: TAB }, scriptRequest('DW1'));
    emit({ tabId: TAB }, scriptRequest('NOPE'));
    emit({ tabId: TAB }, [
      'Network.requestWillBeSent',
      { requestId: 'X', type: 'Script', documentURL: 'a', request: { url: 'b' } },
    ]);
    await settle();
    expect([...debuggerApi.attached]).toEqual(['tab:7']);
  });

  test('a shared worker someone else debugs is not taken; one already ours is attached once', async () => {
    const { debuggerApi, capture, emit } = setup();
    debuggerApi.targets = [{ id: 'SW1', type: 'worker', url: 'https://mail.example.com/shared.js' }];
    debuggerApi.refuseAttach.add('target:SW1');
    await capture.attach(TAB);
    emit({ tabId: TAB }, scriptRequest('SW1'));
    await settle();
    expect(debuggerApi.detaches).toEqual([]);
    debuggerApi.refuseAttach.clear();
    emit({ tabId: TAB }, scriptRequest('SW1'));
    emit({ tabId: TAB }, scriptRequest('SW1'));
    await settle();
    expect(debuggerApi.methods({ targetId: 'SW1' })).toEqual(['Network.enable']);
  });

  test('its Network failing detaches it; the tab detaching lets it go too', async () => {
    const { debuggerApi, capture, emit } = setup();
    debuggerApi.targets = [{ id: 'SW1', type: 'worker', url: 'https://mail.example.com/shared.js' }];
    await capture.attach(TAB);
    debuggerApi.failing.add('Network.enable');
    emit({ tabId: TAB }, scriptRequest('SW1'));
    await settle();
    expect(debuggerApi.attached.has('target:SW1')).toBe(false);
    debuggerApi.failing.clear();
    emit({ tabId: TAB }, scriptRequest('SW1'));
    await settle();
    expect(debuggerApi.attached.has('target:SW1')).toBe(true);
    await capture.detach(TAB);
    await settle();
    expect(debuggerApi.attached.size).toBe(0);
  });

  test('a shared worker that ends is forgotten; its later events reach nobody', async () => {
    const { debuggerApi, capture, reported, emit } = setup();
    debuggerApi.targets = [{ id: 'SW1', type: 'worker', url: 'https://mail.example.com/shared.js' }];
    await capture.attach(TAB);
    emit({ tabId: TAB }, scriptRequest('SW1'));
    await settle();
    debuggerApi.detachedByBrowser({ targetId: 'SW1' }, 'target_closed');
    emit({ targetId: 'SW1' }, cdp.created('8'));
    emit({ targetId: 'SW1' }, cdp.willSend('8'));
    expect(reported).toEqual([]);
    expect(capture.tabIds()).toEqual([TAB]);
  });
});
