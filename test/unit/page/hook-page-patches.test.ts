import { describe, expect, test } from 'vitest';
import { createHookedRealm } from './support/hooked-realm.ts';

describe('a page that patched built-ins after the hook installed sees no call from it', () => {
  const PATCH = `(() => {
    const calls = new Map();
    const record = (label) => calls.set(label, true);
    const apply = Reflect.apply;
    const spy = (owner, key, label) => {
      const original = owner[key];
      owner[key] = function (...args) { record(label); return apply(original, this, args); };
    };
    const spyGetter = (owner, key, label) => {
      const d = Object.getOwnPropertyDescriptor(owner, key);
      Object.defineProperty(owner, key, { ...d, get() { record(label); return apply(d.get, this, []); } });
    };
    spy(JSON, 'stringify', 'JSON.stringify'); spy(Date, 'now', 'Date.now'); spy(Array, 'isArray', 'Array.isArray');
    spy(Array.prototype, 'push', 'push'); spy(String.prototype, 'slice', 'slice'); spy(Object, 'hasOwn', 'hasOwn');
    spy(WeakMap.prototype, 'get', 'WeakMap.get'); spy(WeakMap.prototype, 'set', 'WeakMap.set');
    spy(Function.prototype, 'call', 'call'); spy(Function.prototype, 'apply', 'apply'); spy(Function.prototype, 'bind', 'bind');
    spy(Reflect, 'apply', 'Reflect.apply'); spy(Reflect, 'construct', 'Reflect.construct');
    spy(Reflect, 'getOwnPropertyDescriptor', 'Reflect.gOPD'); spy(ArrayBuffer, 'isView', 'isView');
    spy(EventTarget.prototype, 'addEventListener', 'addEventListener');
    spy(EventTarget.prototype, 'dispatchEvent', 'dispatchEvent');
    spy(globalThis, 'setTimeout', 'setTimeout'); spy(globalThis, 'CustomEvent', 'CustomEvent');
    spyGetter(MessageEvent.prototype, 'data', 'data'); spyGetter(CloseEvent.prototype, 'code', 'code');
    spyGetter(WebSocket.prototype, 'url', 'url'); spyGetter(WebSocket.prototype, 'readyState', 'readyState');
    spyGetter(ArrayBuffer.prototype, 'byteLength', 'byteLength'); spyGetter(Blob.prototype, 'size', 'size');
    Object.defineProperty(Object.prototype, 'toJSON', { get() { record('toJSON'); }, configurable: true });
    Object.defineProperty(Array.prototype, '0', { set(v) { record('Array[0]'); }, configurable: true });
    Object.defineProperty(Object.prototype, 'get', { get() { record('trap get'); }, configurable: true });
    return calls;
  })()`;

  test('through a whole socket life and a flush', () => {
    const realm = createHookedRealm();
    const calls = realm.run(PATCH) as Map<string, true>;
    const socket = realm.newSocket('ws://127.0.0.1/', ['jmap']);
    realm.server.open(socket, 'jmap');
    socket.send('text');
    socket.send(new Uint8Array([1, 2]));
    socket.send(new realm.global.Blob(['x']));
    realm.server.message(socket, 'reply');
    realm.server.message(socket, new ArrayBuffer(3));
    realm.server.close(socket, 1000, 'bye', true);
    realm.hook.flush();
    expect([...calls.keys()]).toEqual([]);
    expect(realm.batches()[0]?.events).toHaveLength(8);
    expect(realm.dom.reportedErrors).toEqual([]);
    realm.run('JSON.stringify(1); [].push(1); Date.now()');
    expect([...calls.keys()]).toEqual(expect.arrayContaining(['JSON.stringify', 'push', 'Date.now']));
  });

  test("even Object.prototype.toJSON and Array.prototype index setters in the hook's own realm", () => {
    const realm = createHookedRealm();
    const socket = realm.newSocket('ws://127.0.0.1/', ['jmap']);
    realm.server.open(socket);
    realm.server.message(socket, 'reply');
    const calls: string[] = [];
    const record = (label: string) => () => void calls.push(label);
    Object.defineProperty(Object.prototype, 'toJSON', { get: record('toJSON'), configurable: true });
    Object.defineProperty(Array.prototype, '2', {
      set: record('Array[2]'),
      get: record('Array[2]'),
      configurable: true,
    });
    try {
      realm.server.close(socket, 1000, '', true);
      realm.hook.flush();
    } finally {
      Reflect.deleteProperty(Object.prototype, 'toJSON');
      Reflect.deleteProperty(Array.prototype, '2');
    }
    expect(calls).toEqual([]);
    expect(realm.batches()[0]?.events.map((event) => event.type)).toEqual(['open', 'opened', 'frame', 'close']);
  });
});
