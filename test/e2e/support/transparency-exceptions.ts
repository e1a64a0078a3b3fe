import type { BehaviourEntry } from './transparency-runner.ts';

/** Every exception the constructor, send and close throw, with name, message and code. */
export const exceptionBehaviours: readonly BehaviourEntry[] = [
  [
    'bad URLs',
    async (t) => {
      for (const url of ['not a url', '', 'ws://', 'ws://[::1', 'ws://exa mple.com/', 'ws://127.0.0.1:99999/']) {
        t.log(
          url,
          t.attempt(() => new WebSocket(url)),
        );
      }
      t.log(t.attempt(() => new WebSocket({ toString: () => 'ws://[' } as never)));
      t.log(t.attempt(() => new (WebSocket as never as new () => WebSocket)()));
    },
  ],
  [
    'bad schemes and normalized URLs',
    async (t) => {
      const port = new URL(t.url('/')).port;
      for (const url of ['ftp://127.0.0.1/', 'javascript:1', 'file:///tmp/x', 'data:,x', 'about:blank', 'blob:x']) {
        t.log(
          url,
          t.attempt(() => new WebSocket(url)),
        );
      }
      const relative = ['/echo?x=1', `http://127.0.0.1:${port}/echo`, `ws://127.0.0.1:${port}/a/../echo#frag`];
      for (const url of [...relative, `WS://127.0.0.1:${port}/%7Efoo`, `wss://127.0.0.1:${port}/`]) {
        const result = t.attempt(() => {
          const socket = new WebSocket(url);
          const seen = socket.url;
          socket.close();
          return seen;
        });
        t.log(url, result);
      }
      await t.sleep(50);
    },
  ],
  [
    'invalid and duplicate subprotocols',
    async (t) => {
      const offers: unknown[] = [
        ['a', 'a'],
        ['a b'],
        [''],
        ['é'],
        ['a,b'],
        'a b',
        ['x', 'x y'],
        [['jmap']],
        [null],
        [1],
      ];
      for (const offer of [...offers, ['jmap', 'JMAP'], ['{}'], ['a"b'], ['jmap', 'chat']]) {
        t.log(
          JSON.stringify(offer),
          t.attempt(() => new WebSocket(t.url('/protocol'), offer as string[]).protocol),
        );
      }
      await t.sleep(50);
    },
  ],
  [
    'subprotocols as iterables and odd objects',
    async (t) => {
      const calls: string[] = [];
      const spyGetter = ['jmap'];
      Object.defineProperty(spyGetter, 0, {
        get: () => {
          calls.push('get 0');
          return 'jmap';
        },
        enumerable: true,
      });
      const generator = function* () {
        calls.push('generator');
        yield 'jmap';
      };
      const offers: unknown[] = [
        new Set(['jmap', 'chat']),
        generator(),
        new String('jmap'),
        {
          toString: () => {
            calls.push('toString');
            return 'jmap';
          },
        },
        { length: 1, 0: 'jmap' },
        spyGetter,
        Object.assign(['jmap'], {
          [Symbol.iterator]: () => {
            calls.push('own iterator');
            return ['chat'].values();
          },
        }),
      ];
      for (const offer of offers) {
        const socket = t.attempt(() => new WebSocket(t.url('/protocol'), offer as string[]));
        t.log(socket, calls.splice(0));
      }
      const socket = new WebSocket(t.url('/protocol'), generator() as never);
      await t.next(socket, 'open');
      t.log(socket.protocol, calls.splice(0));
      socket.close();
      await t.sleep(50);
    },
  ],
];
