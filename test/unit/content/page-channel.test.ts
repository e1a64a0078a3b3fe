// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { connectToPageHook, type PageHello, parseHello } from '../../../src/content/page-channel.ts';
import { BRIDGE_READY_EVENT, HELLO_EVENT, PROTOCOL_VERSION, portOfferEvent } from '../../../src/shared/protocol.ts';

const HOOK: PageHello = {
  channel: 'jpi:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
  document: '9a8b7c6d5e4f30211203f4e5d6c7b8a9',
};
const helloText = (hello: PageHello) => JSON.stringify({ v: PROTOCOL_VERSION, ...hello });

function say(target: EventTarget, type: string, detail?: unknown): void {
  target.dispatchEvent(new CustomEvent(type, { detail }));
}

/** What the MAIN-world hook (src/page/open-page-channel.ts) does: hello at start, and again on the first bridge-ready. */
function startHook(target: EventTarget, hello = HOOK): void {
  const onReady = () => {
    target.removeEventListener(BRIDGE_READY_EVENT, onReady);
    say(target, HELLO_EVENT, helloText(hello));
  };
  target.addEventListener(BRIDGE_READY_EVENT, onReady);
  say(target, HELLO_EVENT, helloText(hello));
}

/** A page script fishing for the channel: it announces a bridge and listens for the hello that answers it. */
function fish(target: EventTarget): unknown[] {
  const heard: unknown[] = [];
  target.addEventListener(HELLO_EVENT, (event) => heard.push((event as CustomEvent).detail));
  say(target, BRIDGE_READY_EVENT);
  return heard;
}

function startBridge(target: EventTarget, ports: EventTarget[] = []) {
  const onBatch = vi.fn<(hello: PageHello, detail: unknown) => void>();
  const createPort = () => {
    const port = new EventTarget();
    ports.push(port);
    return port;
  };
  connectToPageHook(target, createPort, onBatch);
  return onBatch;
}

/** The port the bridge offers the hook, as the hook receives it (the offer's relatedTarget). */
function portOffered(target: EventTarget, hello = HOOK): EventTarget[] {
  const offered: EventTarget[] = [];
  target.addEventListener(portOfferEvent(hello.channel), (event) => {
    const port = (event as MouseEvent).relatedTarget;
    if (port) offered.push(port);
  });
  return offered;
}

describe('connectToPageHook', () => {
  test('binds when the hook started first (the bridge announces itself, the hook says hello again)', () => {
    const target = new EventTarget();
    startHook(target);
    const onBatch = startBridge(target);
    say(target, HOOK.channel, 'batch-1');
    expect(onBatch.mock.calls).toEqual([[HOOK, 'batch-1']]);
  });

  test('binds when the bridge started first (the hook hello at start reaches it)', () => {
    const target = new EventTarget();
    const onBatch = startBridge(target);
    startHook(target);
    say(target, HOOK.channel, 'batch-1');
    say(target, HOOK.channel, 'batch-2');
    expect(onBatch.mock.calls).toEqual([
      [HOOK, 'batch-1'],
      [HOOK, 'batch-2'],
    ]);
  });

  test.each([
    ['the hook', (target: EventTarget) => [startHook(target), startBridge(target)]],
    ['the bridge', (target: EventTarget) => [startBridge(target), startHook(target)]],
  ])('started first by %s, a page script fishing with bridge-ready hears no hello', (_first, start) => {
    const target = new EventTarget();
    start(target);
    expect(fish(target)).toEqual([]);
  });

  test('works on the document itself, as the content script uses it', () => {
    startHook(document);
    const onBatch = startBridge(document);
    say(document, HOOK.channel, 'on-document');
    expect(onBatch).toHaveBeenCalledWith(HOOK, 'on-document');
  });

  test('offers the hook a detached port, and batches posted on it reach the bridge', () => {
    const target = new EventTarget();
    const offered = portOffered(target);
    const created: EventTarget[] = [];
    const onBatch = startBridge(target, created);
    startHook(target);
    expect(offered).toEqual(created);
    expect(offered).toHaveLength(1);
    say(offered[0] as EventTarget, HOOK.channel, 'on-port');
    expect(onBatch.mock.calls).toEqual([[HOOK, 'on-port']]);
  });

  test('the first hello wins: a later hello from the page opens no second channel', () => {
    const target = new EventTarget();
    const onBatch = startBridge(target);
    startHook(target);
    const forged: PageHello = { channel: 'jpi:ffffffffffffffffffff', document: 'ffffffffffffffffffff' };
    say(target, HELLO_EVENT, helloText(forged));
    say(target, forged.channel, 'forged');
    say(target, HOOK.channel, 'genuine');
    expect(onBatch.mock.calls).toEqual([[HOOK, 'genuine']]);
  });

  test('a malformed hello binds nothing and leaves the bridge waiting for a real one', () => {
    const target = new EventTarget();
    const onBatch = startBridge(target);
    say(target, HELLO_EVENT, '{not json');
    say(target, HELLO_EVENT, { v: PROTOCOL_VERSION, ...HOOK });
    say(target, HELLO_EVENT, JSON.stringify({ v: PROTOCOL_VERSION, channel: 'click', document: HOOK.document }));
    say(target, 'click', 'hijacked');
    startHook(target);
    say(target, HOOK.channel, 'genuine');
    expect(onBatch.mock.calls).toEqual([[HOOK, 'genuine']]);
  });

  test('nothing reaches the bridge before a hello', () => {
    const target = new EventTarget();
    const onBatch = startBridge(target);
    say(target, HOOK.channel, 'too early');
    expect(onBatch).not.toHaveBeenCalled();
  });
});

describe('parseHello', () => {
  test('reads the channel and the document id', () => {
    expect(parseHello(helloText(HOOK))).toEqual(HOOK);
  });

  test('drops any other field', () => {
    expect(parseHello(JSON.stringify({ v: PROTOCOL_VERSION, ...HOOK, extra: '<b>' }))).toEqual(HOOK);
  });

  test.each([
    ['not text', { v: PROTOCOL_VERSION, ...HOOK }],
    ['not JSON', 'hello'],
    ['JSON null', 'null'],
    ['too long', JSON.stringify({ v: PROTOCOL_VERSION, ...HOOK, pad: 'x'.repeat(512) })],
    ['another version', JSON.stringify({ ...HOOK, v: PROTOCOL_VERSION + 1 })],
    ['channel without prefix', helloText({ ...HOOK, channel: HOOK.channel.slice(4) })],
    ['channel of a DOM event', helloText({ ...HOOK, channel: 'jpi:hello' })],
    ['channel too short', helloText({ ...HOOK, channel: 'jpi:0123456789abcde' })],
    ['channel with markup', helloText({ ...HOOK, channel: 'jpi:<img src=x>0123456789abcdef' })],
    ['document not hex', helloText({ ...HOOK, document: 'zzzzzzzzzzzzzzzzzzzz' })],
    ['document not text', JSON.stringify({ v: PROTOCOL_VERSION, channel: HOOK.channel, document: 1 })],
  ])('refuses %s', (_name, detail) => {
    expect(parseHello(detail)).toBeUndefined();
  });
});
