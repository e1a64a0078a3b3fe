import { describe, expect, test } from 'vitest';
import { parseHello } from '../../../src/content/page-channel.ts';
import { captureNatives } from '../../../src/page/natives.ts';
import { openPageChannel } from '../../../src/page/open-page-channel.ts';
import { BRIDGE_READY_EVENT, HELLO_EVENT, portOfferEvent } from '../../../src/shared/protocol.ts';
import { createFakeRealm, type FakeRealm } from './support/fake-realm.ts';

function listenFor(realm: FakeRealm, type: string): unknown[] {
  const details: unknown[] = [];
  realm.document.addEventListener(type, (event) => details.push((event as CustomEvent).detail));
  return details;
}

const ready = (realm: FakeRealm) =>
  realm.document.dispatchEvent(new realm.dom.CustomEvent(BRIDGE_READY_EVENT) as unknown as Event);

describe('the handshake with the bridge', () => {
  test('says hello at once, in the form the bridge accepts, with a fresh secret channel per document', () => {
    const first = createFakeRealm();
    const hellos = listenFor(first, HELLO_EVENT);
    openPageChannel(captureNatives(first.global));
    const second = createFakeRealm();
    const otherHellos = listenFor(second, HELLO_EVENT);
    openPageChannel(captureNatives(second.global));
    expect(hellos).toHaveLength(1);
    const hello = parseHello(hellos[0]);
    const other = parseHello(otherHellos[0]);
    expect(hello?.channel).toMatch(/^jpi:[0-9a-f]{32}$/);
    expect(hello?.document).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.parse(hellos[0] as string)).toEqual({ v: 1, channel: hello?.channel, document: hello?.document });
    expect(other?.channel).not.toBe(hello?.channel);
    expect(other?.document).not.toBe(hello?.document);
  });

  test('repeats the hello on the first bridge-ready only (a later one can only be the page fishing)', () => {
    const realm = createFakeRealm();
    openPageChannel(captureNatives(realm.global));
    const hellos = listenFor(realm, HELLO_EVENT);
    ready(realm);
    ready(realm);
    expect(hellos).toHaveLength(1);
    expect(parseHello(hellos[0])).toBeDefined();
  });

  test('once the bridge offers a port, posts there and no longer on document (which document.open() clears)', () => {
    const realm = createFakeRealm();
    const hellos = listenFor(realm, HELLO_EVENT);
    const post = openPageChannel(captureNatives(realm.global));
    const channel = parseHello(hellos[0])?.channel ?? 'missing';
    const onDocument = listenFor(realm, channel);
    const port = new realm.dom.EventTarget();
    const onPort: unknown[] = [];
    port.addEventListener(channel, (event) => onPort.push((event as CustomEvent).detail));
    const offer = (relatedTarget: unknown) =>
      realm.document.dispatchEvent(new realm.dom.MouseEvent(portOfferEvent(channel), { relatedTarget }) as never);
    post('before');
    offer(port);
    offer(new realm.dom.EventTarget());
    post('after');
    expect(onDocument).toEqual(['before']);
    expect(onPort).toEqual(['after']);
  });

  test('posts each batch text as the detail of an event of the secret type on document', () => {
    const realm = createFakeRealm();
    const hellos = listenFor(realm, HELLO_EVENT);
    const post = openPageChannel(captureNatives(realm.global));
    const channel = parseHello(hellos[0])?.channel ?? 'missing';
    const batches = listenFor(realm, channel);
    post('{"v":1,"seq":1,"events":[]}');
    expect(batches).toEqual(['{"v":1,"seq":1,"events":[]}']);
  });
});
