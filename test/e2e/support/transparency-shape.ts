import type { BehaviourEntry } from './transparency-runner.ts';

/** Property descriptors, key lists and order, the shape of instances, constructing through Reflect. */
export const shapeBehaviours: readonly BehaviourEntry[] = [
  [
    'property descriptors of window.WebSocket and its prototype',
    async (t) => {
      t.log(
        t.descriptor(window, 'WebSocket'),
        Object.getOwnPropertyDescriptor(window, 'WebSocket')?.value === WebSocket,
      );
      t.log(
        'WebSocket' in window,
        Object.keys(window).includes('WebSocket'),
        Object.prototype.propertyIsEnumerable.call(window, 'WebSocket'),
      );
      t.log(Reflect.ownKeys(WebSocket.prototype).map(String));
      for (const key of Reflect.ownKeys(WebSocket.prototype))
        t.log(String(key), t.descriptor(WebSocket.prototype, key));
      t.log(Reflect.ownKeys(WebSocket).map(String));
      for (const key of Reflect.ownKeys(WebSocket)) t.log(String(key), t.descriptor(WebSocket, key));
      const keys: string[] = [];
      for (const key in WebSocket.prototype) keys.push(key);
      t.log(keys);
    },
  ],
  [
    'window keys, document keys and chrome keys',
    async (t) => {
      const sorted = (names: string[]) => [...names].sort();
      const snapshot = () => [
        sorted(Object.getOwnPropertyNames(window)),
        Object.getOwnPropertySymbols(window).map(String),
        sorted(Object.keys(window)),
        Object.getOwnPropertyNames(document),
        Object.keys((window as unknown as { chrome?: object }).chrome ?? {}),
        document.documentElement.outerHTML.length,
        document.querySelectorAll('*').length,
        performance.getEntriesByType('resource').map((entry) => entry.name),
      ];
      const before = snapshot();
      t.log(before);
      const socket = new WebSocket(t.url('/echo'));
      await t.next(socket, 'open');
      socket.send('x');
      await t.next(socket, 'message');
      socket.close();
      await t.next(socket, 'close');
      await t.sleep(250);
      const after = snapshot();
      t.log(JSON.stringify(after) === JSON.stringify(before), after);
    },
  ],
  [
    'global property order',
    async (t) => {
      t.log(Object.getOwnPropertyNames(window));
      const keys: string[] = [];
      for (const key in window) keys.push(key);
      t.log(keys);
    },
  ],
  [
    'a socket instance has no expando',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      const shape = () => [
        Reflect.ownKeys(socket).map(String),
        Object.getOwnPropertySymbols(socket).length,
        Object.keys(socket),
        JSON.stringify(socket),
        Object.isExtensible(socket),
      ];
      t.log(socket instanceof WebSocket, socket instanceof EventTarget, socket.constructor === WebSocket);
      t.log(Object.getPrototypeOf(socket) === WebSocket.prototype, shape());
      const inherited: string[] = [];
      for (const key in socket) inherited.push(key);
      t.log(inherited);
      t.log(
        socket.url,
        socket.readyState,
        socket.protocol,
        socket.extensions,
        socket.binaryType,
        socket.bufferedAmount,
      );
      t.log(socket.onopen, socket.onmessage, socket.onerror, socket.onclose);
      const closed = t.watch(socket);
      await t.next(socket, 'open');
      t.log(shape());
      socket.close();
      await closed;
      t.log(shape());
    },
  ],
  [
    'Reflect.construct, bound constructors and foreign new.target',
    async (t) => {
      class Other {}
      const sockets = [
        Reflect.construct(WebSocket, [t.url('/echo')]),
        Reflect.construct(WebSocket, [t.url('/echo')], Other),
        new (WebSocket.bind(null, t.url('/echo')))(),
      ];
      t.log(WebSocket.bind(null).name, WebSocket.bind(null).length);
      for (const socket of sockets) {
        t.log(Object.getPrototypeOf(socket) === WebSocket.prototype, Object.getPrototypeOf(socket) === Other.prototype);
        t.log(
          t.attempt(() => WebSocket.prototype.close.call(socket)),
          t.attempt(() => (socket as WebSocket).readyState),
        );
      }
      const fn = function (this: unknown) {
        return Reflect.construct(WebSocket, [t.url('/echo')], new.target ?? WebSocket);
      };
      t.log(Object.getPrototypeOf(Reflect.construct(fn, [])) === fn.prototype);
      await t.sleep(50);
    },
  ],
  [
    'accessors a page defines see the page’s WebSocket',
    async (t) => {
      const self = {
        get(this: unknown) {
          return this;
        },
        configurable: true,
      };
      Object.defineProperty(Function.prototype, 'pageSelf', self);
      Object.defineProperty(WebSocket, 'ownSelf', self);
      Object.defineProperty(EventTarget, 'parentSelf', self);
      const read = (key: string) => Reflect.get(WebSocket, key) === WebSocket;
      t.log(
        read('pageSelf'),
        read('ownSelf'),
        read('parentSelf'),
        Reflect.get(WebSocket.prototype.send, 'pageSelf') === WebSocket.prototype.send,
      );
      const toStringSelf = Reflect.get(Function.prototype.toString, 'pageSelf') === Function.prototype.toString;
      t.log(
        toStringSelf,
        t.attempt(() => WebSocket.arguments),
        t.attempt(() => Reflect.get(WebSocket.prototype.send, 'caller')),
      );
    },
  ],
];
