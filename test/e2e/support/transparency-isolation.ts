import type { BehaviourEntry } from './transparency-runner.ts';

/** Nothing of the hook leaks into timers, window messages or events on window and document. */
export const isolationBehaviours: readonly BehaviourEntry[] = [
  [
    'timer ids stay consecutive around socket traffic',
    async (t) => {
      const ids: number[] = [];
      const socket = new WebSocket(t.url('/echo'));
      await t.next(socket, 'open');
      for (let index = 0; index < 5; index++) {
        ids.push(window.setTimeout(() => {}, 0));
        socket.send(`tick ${index}`);
        await t.next(socket, 'message');
        await t.sleep(120);
        ids.push(
          window.setTimeout(() => {}, 0),
          window.setInterval(() => {}, 1000),
        );
      }
      socket.close();
      await t.next(socket, 'close');
      await t.sleep(150);
      ids.push(window.setTimeout(() => {}, 0));
      t.log(ids.map((id, index) => id - (ids[0] ?? 0) - index));
    },
  ],
  [
    'window message listeners see nothing but the page’s own messages',
    async (t) => {
      const seen: unknown[] = [];
      window.addEventListener('message', (event) =>
        seen.push(['listener', event.data, event.origin === location.origin]),
      );
      window.onmessage = (event) => seen.push(['onmessage', event.data]);
      const socket = new WebSocket(t.url('/echo'));
      await t.next(socket, 'open');
      for (let index = 0; index < 600; index++) socket.send(`burst ${index}`);
      for (let index = 0; index < 600; index++) await t.next(socket, 'message');
      await t.sleep(200);
      window.postMessage('control', '*');
      await t.next(window, 'message');
      socket.close();
      await t.next(socket, 'close');
      await t.sleep(200);
      t.log(seen);
    },
  ],
  [
    'document and window see no foreign event, even during a 600-frame burst',
    async (t) => {
      const seen: string[] = [];
      const types = ['jpi:hello', 'jpi:bridge-ready', 'message', 'pagehide', 'visibilitychange', 'custom'];
      for (const type of types) {
        for (const target of [window, document, document.documentElement]) {
          target.addEventListener(
            type,
            (event) => seen.push(`${type} on ${event.currentTarget === window ? 'window' : 'node'}`),
            true,
          );
        }
      }
      const originalDispatch = EventTarget.prototype.dispatchEvent;
      EventTarget.prototype.dispatchEvent = function (event: Event) {
        seen.push(`dispatch ${event.type}`);
        return originalDispatch.call(this, event);
      };
      const socket = new WebSocket(t.url('/echo'));
      await t.next(socket, 'open');
      for (let index = 0; index < 600; index++) socket.send(`x${index}`);
      let received = 0;
      await new Promise<void>((resolve) => {
        socket.onmessage = () => {
          received++;
          if (received === 600) resolve();
        };
      });
      socket.close();
      await t.next(socket, 'close');
      await t.sleep(200);
      t.log(received, seen);
    },
  ],
];
