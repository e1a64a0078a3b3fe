import type { BehaviourEntry } from './transparency-runner.ts';

/** What a page can ask about the constructor, its prototype and toString, before and without opening anything. */
export const identityBehaviours: readonly BehaviourEntry[] = [
  [
    'constructor identity',
    async (t) => {
      t.log(typeof WebSocket, WebSocket.name, WebSocket.length, WebSocket === window.WebSocket);
      t.log(
        WebSocket === globalThis.WebSocket,
        WebSocket === self.WebSocket,
        WebSocket.prototype.constructor === WebSocket,
      );
      t.log(
        Object.getPrototypeOf(WebSocket) === EventTarget,
        WebSocket instanceof Function,
        WebSocket instanceof Object,
      );
      t.log(Object.getPrototypeOf(WebSocket.prototype) === EventTarget.prototype);
      t.log(Object.prototype.toString.call(WebSocket), Object.prototype.toString.call(WebSocket.prototype));
      t.log(
        (WebSocket.prototype as unknown as Record<symbol, unknown>)[Symbol.toStringTag],
        Object.isExtensible(WebSocket),
        Object.isFrozen(WebSocket),
      );
      t.log(
        t.attempt(() => WebSocket.prototype.toString()),
        t.attempt(() => String(WebSocket.prototype)),
      );
      t.log(
        Object.hasOwn(WebSocket, 'prototype'),
        'caller' in WebSocket,
        t.attempt(() => WebSocket.arguments),
      );
    },
  ],
  [
    'static constants',
    async (t) => {
      for (const name of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'] as const) {
        t.log(name, WebSocket[name], WebSocket.prototype[name], t.descriptor(WebSocket, name));
        t.log(
          t.descriptor(WebSocket.prototype, name),
          t.attempt(() => Reflect.set(WebSocket, name, 9)),
          WebSocket[name],
        );
      }
    },
  ],
  [
    'toString of WebSocket',
    async (t) => {
      const fnToString = Function.prototype.toString;
      // biome-ignore lint/style/useTemplate: `+` takes ToPrimitive's default hint, unlike a template literal.
      const concatenated = (WebSocket as unknown as string) + '';
      t.log(fnToString.call(WebSocket), String(WebSocket), `${WebSocket}`, WebSocket.toString(), concatenated);
      t.log(fnToString.call(WebSocket.bind(null)), fnToString.call(new Proxy(WebSocket, {})));
      t.log(fnToString.call(class Sub extends WebSocket {}), WebSocket.toString === Function.prototype.toString);
    },
  ],
  [
    'toString of prototype members',
    async (t) => {
      const proto = WebSocket.prototype;
      const fnToString = Function.prototype.toString;
      for (const key of Reflect.ownKeys(proto)) {
        const found = Object.getOwnPropertyDescriptor(proto, key);
        for (const part of [found?.value, found?.get, found?.set]) {
          if (typeof part === 'function') t.log(String(key), fnToString.call(part), part.name, part.length);
        }
      }
      t.log(String(proto.send), proto.send.toString(), fnToString.call(proto.send.bind(null)));
      t.log(Object.getOwnPropertyNames(proto.send), Object.hasOwn(proto.send, 'prototype'), typeof proto.send);
      t.log(
        t.attempt(() => Reflect.construct(proto.send, [])),
        t.attempt(() => new (proto.send as unknown as new () => unknown)()),
      );
    },
  ],
  [
    'toString of Function.prototype.toString itself',
    async (t) => {
      const fnToString = Function.prototype.toString;
      t.log(fnToString.call(fnToString), fnToString.toString(), String(fnToString), fnToString.name, fnToString.length);
      t.log(
        fnToString.toString === fnToString,
        fnToString.call(fnToString.call),
        fnToString.call(fnToString.bind(null)),
      );
      t.log(
        Object.getOwnPropertyNames(fnToString),
        Object.hasOwn(fnToString, 'prototype'),
        Object.getPrototypeOf(fnToString) === Function.prototype,
      );
      t.log(t.descriptor(Function.prototype, 'toString'), Reflect.ownKeys(Function.prototype).map(String));
      t.log(
        fnToString.call(function named(a: number, b: number) {
          return a + b;
        }),
        fnToString.call(() => 1),
      );
      t.log(
        fnToString.call(Math.max),
        fnToString.call(EventTarget),
        fnToString.call(EventTarget.prototype.addEventListener),
      );
    },
  ],
  [
    'toString errors',
    async (t) => {
      const fnToString = Function.prototype.toString;
      for (const target of [{}, null, undefined, 1, 'text', Symbol('s'), [], new Proxy({}, {})]) {
        t.log(t.attempt(() => fnToString.call(target)));
      }
      t.log(
        t.attempt(() => new (fnToString as unknown as new () => unknown)()),
        t.attempt(() => Reflect.construct(fnToString as never, [])),
      );
      t.log(t.attempt(() => fnToString.call(new Proxy(function f() {}, {}))));
      t.log(t.attempt(() => fnToString.apply(WebSocket, [1, 2] as never)));
    },
  ],
];
