import type { BehaviourEntry } from './transparency-runner.ts';

/** send, close and the constructor used wrongly: the exceptions and what the socket does next. */
export const misuseBehaviours: readonly BehaviourEntry[] = [
  [
    'send before open',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      const thrown = t.attempt(() => socket.send('too early'));
      t.log(thrown, socket.readyState, socket.bufferedAmount);
      try {
        socket.send('again');
      } catch (error) {
        t.log(error instanceof DOMException, Object.getPrototypeOf(error) === DOMException.prototype);
        t.log(Object.keys(error as object), (error as DOMException).code, String(error));
      }
      const closed = t.watch(socket);
      await t.next(socket, 'open');
      socket.send('now');
      await t.next(socket, 'message');
      socket.close();
      await closed;
    },
  ],
  [
    'send with missing, odd and foreign arguments',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      const closed = t.watch(socket);
      await t.next(socket, 'open');
      t.log(
        t.attempt(() => (socket.send as () => void)()),
        t.attempt(() => socket.send(Symbol('s') as never)),
      );
      t.log(
        t.attempt(() => WebSocket.prototype.send.call({}, 'x')),
        t.attempt(() => WebSocket.prototype.send.call(null, 'x')),
      );
      t.log(
        t.attempt(() => socket.send(123 as never)),
        t.attempt(() => socket.send(null as never)),
      );
      t.log(t.attempt(() => socket.send({ toString: () => 'object text' } as never)));
      t.log(t.attempt(() => Reflect.apply(socket.send, socket, ['x', 'extra'])));
      for (let index = 0; index < 4; index++) await t.next(socket, 'message');
      socket.close();
      await closed;
      t.log(
        t.attempt(() => socket.send('after close')),
        socket.bufferedAmount,
      );
    },
  ],
  [
    'close with bad codes and reasons',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      const closed = t.watch(socket);
      await t.next(socket, 'open');
      const attempts: unknown[] = [1001, 999, 1005, 2999, 5000, -1, 65536, 'abc', 1000.5, Number.NaN];
      for (const code of attempts)
        t.log(
          code,
          t.attempt(() => socket.close(code as number)),
          socket.readyState,
        );
      t.log(
        t.attempt(() => socket.close(1000, 'x'.repeat(124))),
        t.attempt(() => socket.close(3000, '\ud800'.repeat(62))),
      );
      t.log(
        t.attempt(() => socket.close(undefined, 'reason without code')),
        socket.readyState,
      );
      t.log(
        t.attempt(() => socket.close(4000, 'é'.repeat(61))),
        socket.readyState,
      );
      await closed;
    },
  ],
  [
    'calling the constructor without new, and getters on the prototype',
    async (t) => {
      t.log(t.attempt(() => (WebSocket as unknown as (url: string) => WebSocket)(t.url('/echo'))));
      t.log(
        t.attempt(() => (WebSocket as unknown as (url: string) => unknown).call({}, t.url('/echo'))),
        t.attempt(() => (WebSocket as unknown as (url: string) => unknown).apply(null, [t.url('/echo')])),
      );
      t.log(
        t.attempt(() => Reflect.get(WebSocket.prototype, 'url')),
        t.attempt(() => WebSocket.prototype.readyState),
      );
      const getter = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'binaryType')?.set;
      t.log(
        t.attempt(() => getter?.call({}, 'blob')),
        t.attempt(() => WebSocket.prototype.close.call(null)),
      );
      t.log(t.attempt(() => EventTarget.prototype.addEventListener.call(WebSocket.prototype, 'open', () => {})));
    },
  ],
  [
    'error stacks and locations',
    async (t) => {
      const report = (error: unknown) => {
        const found = error as Error & { fileName?: string; lineNumber?: number; columnNumber?: number };
        t.log('error', found.name, found.message, Object.getOwnPropertyNames(found));
        const location = [found.fileName ?? 'none', found.lineNumber ?? 'none', found.columnNumber ?? 'none'];
        t.log('stack', String(found.stack).split('\n'), location);
      };
      const attempts = [
        () => new WebSocket('ftp://x'),
        () => new WebSocket(t.url('/echo')).send('x'),
        () => WebSocket.prototype.send.call({}, 'x'),
        () => Function.prototype.toString.call({}),
        () => (WebSocket as unknown as () => void)(),
      ];
      for (const attempt of attempts) {
        try {
          attempt();
        } catch (error) {
          report(error);
        }
      }
    },
  ],
];
