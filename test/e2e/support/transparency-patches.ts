import type { BehaviourEntry, Tracer } from './transparency-runner.ts';

/**
 * Pages that patch built-ins before opening a socket and record every call: whatever the hook does must not show up.
 * Each spy calls through, so the page keeps working; the recorded calls are the page's own (and the runner's).
 */
async function echoLife(t: Tracer): Promise<void> {
  const socket = new WebSocket(t.url('/echo'), ['jmap']);
  socket.binaryType = 'arraybuffer';
  const closed = t.watch(socket);
  await t.next(socket, 'open');
  for (const payload of ['text', new Uint8Array([1, 2, 3]), new Blob(['blob']), 'x'.repeat(70_000)])
    socket.send(payload);
  for (let index = 0; index < 4; index++) await t.next(socket, 'message');
  await t.sleep(250);
  socket.close(4000, 'bye');
  await closed;
  await t.sleep(250);
}

const spyKit = `
  const calls = new Map();
  const record = (label) => calls.set(calls.size, label);
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const spy = (owner, key, label) => {
    const original = owner[key];
    const replacement = { [key](...args) { record(label); return apply(original, this, args); } }[key];
    Object.defineProperty(owner, key, { ...Object.getOwnPropertyDescriptor(owner, key), value: replacement });
  };
  const spyClass = (owner, key, label) => {
    const original = owner[key];
    const replacement = function (...args) {
      record(label);
      return new.target ? construct(original, args, new.target === replacement ? original : new.target) : apply(original, this, args);
    };
    replacement.prototype = original.prototype;
    Object.defineProperty(owner, key, { ...Object.getOwnPropertyDescriptor(owner, key), value: replacement });
  };
  const spyGetter = (owner, key, label) => {
    const found = Object.getOwnPropertyDescriptor(owner, key);
    Object.defineProperty(owner, key, { ...found, get() { record(label); return apply(found.get, this, []); } });
  };
`;

/** Behaviours travel to the page as source text, so the shared spy code is spliced in as text. */
const withSpies = (patches: string): string => `async (t) => {
  const echoLife = ${echoLife.toString()};
  ${spyKit}
  ${patches}
  await echoLife(t);
  t.log(Array.from(calls.values()));
}`;

export const patchBehaviours: readonly BehaviourEntry[] = [
  [
    'page patched addEventListener, removeEventListener and dispatchEvent',
    withSpies(`
      spy(EventTarget.prototype, 'addEventListener', 'addEventListener');
      spy(EventTarget.prototype, 'removeEventListener', 'removeEventListener');
      spy(EventTarget.prototype, 'dispatchEvent', 'dispatchEvent');
      spy(WebSocket.prototype, 'close', 'close');
    `),
  ],
  [
    'page patched the MessageEvent, CloseEvent and Event getters',
    withSpies(`
      spyGetter(MessageEvent.prototype, 'data', 'data');
      spyGetter(MessageEvent.prototype, 'origin', 'origin');
      for (const key of ['code', 'reason', 'wasClean']) spyGetter(CloseEvent.prototype, key, key);
      for (const key of ['type', 'target', 'currentTarget', 'timeStamp']) spyGetter(Event.prototype, key, key);
      for (const key of ['url', 'protocol', 'extensions', 'readyState', 'binaryType', 'bufferedAmount']) {
        spyGetter(WebSocket.prototype, key, 'ws.' + key);
      }
    `),
  ],
  [
    'page patched JSON, Date, timers and promises',
    withSpies(`
      spy(JSON, 'stringify', 'JSON.stringify'); spy(JSON, 'parse', 'JSON.parse');
      spy(Date, 'now', 'Date.now'); spy(performance, 'now', 'performance.now');
      for (const key of ['setTimeout', 'setInterval', 'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback']) {
        if (typeof window[key] === 'function') spy(window, key, key);
      }
      spy(AbortSignal, 'timeout', 'AbortSignal.timeout'); spy(Promise.prototype, 'then', 'then');
    `),
  ],
  [
    'page patched postMessage and listens for window messages',
    withSpies(`
      spy(window, 'postMessage', 'postMessage');
      window.addEventListener('message', (event) => record('window message ' + String(event.data)));
      window.onmessage = (event) => record('onmessage ' + String(event.data));
      for (const type of ['jpi:hello', 'jpi:bridge-ready', 'jpi', 'message', 'hello', 'ready']) {
        for (const target of [window, document]) target.addEventListener(type, () => record('event ' + type), true);
      }
    `),
  ],
  [
    'page patched document.dispatchEvent, CustomEvent and Event',
    withSpies(`
      spy(document, 'dispatchEvent', 'document.dispatchEvent');
      Object.defineProperty(CustomEvent.prototype, 'detail', { get() { record('detail'); return null; } });
      spyClass(window, 'CustomEvent', 'CustomEvent'); spyClass(window, 'Event', 'Event');
      spyClass(window, 'MessageEvent', 'MessageEvent'); spyClass(window, 'CloseEvent', 'CloseEvent');
    `),
  ],
  [
    'page patched Reflect, Function, Object, Array, String and typed-array built-ins',
    withSpies(`
      for (const key of ['apply', 'construct', 'getOwnPropertyDescriptor', 'defineProperty', 'setPrototypeOf', 'ownKeys']) {
        spy(Reflect, key, 'Reflect.' + key);
      }
      for (const key of ['call', 'apply', 'bind', 'toString']) spy(Function.prototype, key, 'Function.' + key);
      for (const key of ['defineProperty', 'getOwnPropertyDescriptor', 'hasOwn', 'setPrototypeOf', 'assign']) {
        spy(Object, key, 'Object.' + key);
      }
      for (const key of ['push', 'slice', 'join', 'map']) spy(Array.prototype, key, 'Array.' + key);
      spy(Array, 'isArray', 'Array.isArray'); spy(ArrayBuffer, 'isView', 'isView');
      spy(String.prototype, 'slice', 'String.slice'); spy(Number.prototype, 'toString', 'Number.toString');
      for (const key of ['get', 'set', 'has']) spy(WeakMap.prototype, key, 'WeakMap.' + key);
      spyClass(window, 'Uint8Array', 'Uint8Array'); spyClass(window, 'WeakMap', 'WeakMap'); spy(Math, 'min', 'Math.min');
      spy(Object.getPrototypeOf(crypto), 'getRandomValues', 'getRandomValues');
      spyGetter(ArrayBuffer.prototype, 'byteLength', 'byteLength'); spyGetter(Blob.prototype, 'size', 'Blob.size');
      spy(Blob.prototype, 'slice', 'Blob.slice'); spy(Blob.prototype, 'arrayBuffer', 'Blob.arrayBuffer');
      Object.defineProperty(Object.prototype, 'toJSON', { get() { record('toJSON'); }, configurable: true });
      for (const key of ['get', 'set', 'apply', 'construct', 'bubbles', 'detail']) {
        Object.defineProperty(Object.prototype, key, { get() { record('Object.prototype.' + key); }, configurable: true });
      }
      for (const index of [0, 1, 2, 3]) {
        Object.defineProperty(Array.prototype, index, { set(v) { record('Array[' + index + '] set'); }, get() {}, configurable: true });
      }
    `),
  ],
];
