import { describe, expect, test } from 'vitest';
import { installWebSocketHook } from '../../../src/page/install-websocket-hook.ts';
import { captureNatives } from '../../../src/page/natives.ts';
import { createFakeRealm, type FakeRealm } from './support/fake-realm.ts';
import { createHookedRealm } from './support/hooked-realm.ts';

/** Everything a page can ask about WebSocket and toString, evaluated inside the realm, as plain data. */
const PROBE = `(() => {
  const describe = (target, key) => {
    const d = Object.getOwnPropertyDescriptor(target, key);
    return d && { ...d, value: typeof d.value, get: typeof d.get, set: typeof d.set };
  };
  const toString = Function.prototype.toString;
  const socket = new WebSocket('ws://127.0.0.1/');
  return {
    name: WebSocket.name, length: WebSocket.length, typeof: typeof WebSocket,
    sendName: WebSocket.prototype.send.name, sendLength: WebSocket.prototype.send.length,
    ctor: WebSocket.prototype.constructor === WebSocket, instance: socket instanceof WebSocket,
    socketCtor: socket.constructor === WebSocket, proto: Object.getPrototypeOf(socket) === WebSocket.prototype,
    socketKeys: Reflect.ownKeys(socket).map(String),
    statics: [WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED],
    wsText: toString.call(WebSocket), sendText: toString.call(WebSocket.prototype.send),
    viaString: String(WebSocket), viaMethod: WebSocket.toString(),
    toStringText: toString.call(toString), toStringOfToString: toString.toString(),
    toStringName: toString.name, toStringLength: toString.length,
    toStringOnObject: (() => { try { return toString.call({}); } catch (e) { return e.constructor.name; } })(),
    windowDescriptor: describe(globalThis, 'WebSocket'),
    ctorKeys: Reflect.ownKeys(WebSocket).map(String),
    protoKeys: Reflect.ownKeys(WebSocket.prototype).map(String),
    protoDescriptors: Reflect.ownKeys(WebSocket.prototype).map((key) => describe(WebSocket.prototype, key)),
    toStringDescriptor: describe(Function.prototype, 'toString'),
    functionProtoKeys: Reflect.ownKeys(Function.prototype).map(String),
    globalKeys: Reflect.ownKeys(globalThis).map(String),
  };
})()`;

describe('the hooked WebSocket is indistinguishable from the native one', () => {
  test('identity, names, constants, toString, descriptors and key order all match the unhooked realm', () => {
    const native = createFakeRealm().run(PROBE);
    const hooked = createHookedRealm();
    expect(hooked.run(PROBE)).toEqual(native);
    expect(hooked.global.WebSocket).not.toBe(hooked.NativeWebSocket);
  });

  test('the probe really exercises identity (sanity check on the native side)', () => {
    const native = createFakeRealm().run(PROBE) as Record<string, unknown>;
    expect(native).toMatchObject({ name: 'WebSocket', ctor: true, instance: true, socketKeys: [] });
    expect(native.wsText).toMatch(/^class WebSocket/);
    expect(native.toStringText).toBe('function toString() { [native code] }');
  });

  test("the hook leaves no global, no symbol and no expando, and answers a page's own proxies natively", () => {
    const hooked = createHookedRealm();
    const text = hooked.run(`Function.prototype.toString.call(new Proxy(function f() {}, {}))`);
    expect(text).toBe(createFakeRealm().run(`Function.prototype.toString.call(new Proxy(function f() {}, {}))`));
  });
});

describe('proxies answer like the natives everywhere', () => {
  test('arguments and caller are read with the native as receiver; page-defined accessors see the proxy', () => {
    const hooked = createHookedRealm();
    const { global, NativeWebSocket } = hooked;
    const self = {
      get(this: unknown) {
        return this;
      },
      set(this: unknown, value: unknown) {
        Reflect.set(value as object, 'receiver', this);
      },
      configurable: true,
    };
    Object.defineProperty(global.Function.prototype, 'arguments', self);
    Object.defineProperty(global.Function.prototype, 'me', self);
    expect(Reflect.get(global.WebSocket, 'arguments')).toBe(NativeWebSocket);
    expect(Reflect.get(global.WebSocket, 'me')).toBe(global.WebSocket);
    const seen: { receiver?: unknown } = {};
    Reflect.set(global.WebSocket, 'arguments', seen);
    expect(seen.receiver).toBe(NativeWebSocket);
    Reflect.set(global.WebSocket, 'me', seen);
    expect(seen.receiver).toBe(global.WebSocket);
    Reflect.set(global.WebSocket, 'custom', 42);
    expect(Reflect.get(global.WebSocket, 'custom')).toBe(42);
    const Sub = hooked.run('(class Sub extends WebSocket {})') as object;
    expect(Reflect.get(Sub, 'arguments')).toBe(Sub);
  });

  test("another frame's toString is asked about a proxy its own realm does not know (the clean-iframe check)", () => {
    const parent = createFakeRealm();
    const child = createFakeRealm();
    const childCount = new WeakMap<object, number>();
    const frames = (global: object, top: object, children: object[]) => {
      Object.defineProperty(global, 'top', { get: () => top });
      Object.defineProperty(global, 'length', {
        get(this: object) {
          return childCount.get(this) ?? 0;
        },
      });
      childCount.set(global, children.length);
      for (const [index, frame] of children.entries()) Object.defineProperty(global, index, { value: frame });
    };
    frames(parent.global, parent.global, [child.global]);
    frames(child.global, parent.global, []);
    installWebSocketHook(captureNatives(parent.global), () => undefined);
    installWebSocketHook(captureNatives(child.global), () => undefined);
    const nativeText = (realm: FakeRealm) => Function.prototype.toString.call(realm.NativeWebSocket);
    const parentToString = parent.global.Function.prototype.toString;
    const childToString = child.global.Function.prototype.toString;
    expect(childToString.call(parent.global.WebSocket)).toBe(nativeText(parent));
    expect(parentToString.call(child.global.WebSocket)).toBe(nativeText(child));
    expect(parentToString.call(child.global.Function.prototype.toString)).toBe('function toString() { [native code] }');
    const pageProxy = child.run('new Proxy(function f() {}, {})');
    expect(parentToString.call(pageProxy)).toBe('function () { [native code] }');
  });
});
