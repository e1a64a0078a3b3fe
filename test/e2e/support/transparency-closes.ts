import type { BehaviourEntry } from './transparency-runner.ts';

/** Closes from either side, failed connections, synthetic events, several sockets at once. */
export const closeBehaviours: readonly BehaviourEntry[] = [
  [
    'server close codes and reasons',
    async (t) => {
      for (const [code, reason] of [
        [4001, 'bye'],
        [1000, 'normal'],
        [1011, 'internal'],
        [3000, ''],
        [1001, 'going away é'],
      ] as const) {
        const socket = new WebSocket(t.url(`/close?code=${code}&reason=${encodeURIComponent(reason)}`));
        await t.watch(socket, `${code}`);
      }
    },
  ],
  [
    'client close codes, double close and close while connecting',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      const closed = t.watch(socket, 'client');
      await t.next(socket, 'open');
      socket.close(4000, 'client bye');
      t.log(socket.readyState);
      socket.close(4001, 'second close');
      socket.close();
      await closed;
      const early = new WebSocket(t.url('/echo'));
      const earlyClosed = t.watch(early, 'early');
      early.close();
      t.log(early.readyState);
      await earlyClosed;
      const plain = new WebSocket(t.url('/echo'));
      const plainClosed = t.watch(plain, 'plain');
      await t.next(plain, 'open');
      plain.close();
      await plainClosed;
    },
  ],
  [
    'connection refused: error then close 1006',
    async (t) => {
      const socket = new WebSocket(t.refusedUrl);
      t.log(socket.url, socket.readyState);
      socket.onerror = (event) => t.log('onerror', event.constructor.name, socket.readyState);
      await t.watch(socket);
    },
  ],
  [
    'upgrade refused with 401: error then close 1006',
    async (t) => {
      const socket = new WebSocket(t.url('/reject401'), 'jmap');
      socket.onerror = (event) => t.log('onerror', event.constructor.name, Object.keys(event));
      await t.watch(socket);
      t.log(socket.protocol, socket.extensions);
    },
  ],
  [
    'server drops the TCP connection',
    async (t) => {
      const socket = new WebSocket(t.url('/drop'));
      await t.watch(socket);
    },
  ],
  [
    'synthetic events dispatched by the page',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      const closed = t.watch(socket);
      socket.onmessage = (event) => t.log('onmessage', event.data, event.isTrusted);
      t.log(socket.dispatchEvent(new MessageEvent('message', { data: 'forged' })));
      t.log(socket.dispatchEvent(new Event('open')), socket.readyState);
      t.log(socket.dispatchEvent(new CloseEvent('close', { code: 4999, reason: 'forged', wasClean: true })));
      t.log(socket.readyState);
      await t.next(socket, 'open');
      socket.send('real');
      await t.next(socket, 'message');
      socket.close();
      await closed;
    },
  ],
  [
    'several sockets at once',
    async (t) => {
      const results: unknown[] = [];
      await Promise.all(
        [1, 2, 3, 4, 5].map(async (index) => {
          const socket = new WebSocket(t.url(`/echo?n=${index}`));
          await t.next(socket, 'open');
          socket.send(`socket ${index}`);
          const reply = (await t.next(socket, 'message')) as MessageEvent;
          socket.close();
          const close = (await t.next(socket, 'close')) as CloseEvent;
          results.push([index, reply.data, close.code, close.wasClean]);
        }),
      );
      t.log(results.sort((a, b) => String(a).localeCompare(String(b))));
    },
  ],
];
