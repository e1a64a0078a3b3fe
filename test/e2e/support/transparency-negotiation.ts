import type { BehaviourEntry } from './transparency-runner.ts';

/** Subprotocol and extension negotiation, and a subclass with its own behaviour. */
export const negotiationBehaviours: readonly BehaviourEntry[] = [
  [
    'chosen subprotocol and extensions after open',
    async (t) => {
      const socket = new WebSocket(t.url('/protocol'), ['jmap', 'chat']);
      t.log(socket.protocol, socket.extensions);
      const closed = t.watch(socket);
      await t.next(socket, 'open');
      t.log(socket.protocol, socket.extensions);
      socket.close();
      await closed;
      t.log(socket.protocol, socket.extensions);
      const single = new WebSocket(t.url('/protocol'), 'jmap');
      await t.next(single, 'open');
      t.log(single.protocol);
      single.close();
    },
  ],
  [
    'permessage-deflate extension',
    async (t) => {
      const socket = new WebSocket(t.url('/deflate'));
      const closed = t.watch(socket);
      await t.next(socket, 'open');
      t.log(socket.extensions);
      socket.send('compressible '.repeat(100));
      await t.next(socket, 'message');
      socket.close();
      await closed;
    },
  ],
  [
    'subclass with its own fields, methods and send',
    async (t) => {
      const calls: string[] = [];
      class JmapSocket extends WebSocket {
        static created = 0;
        readonly label: string;
        #sent = 0;
        constructor(url: string) {
          super(url, ['jmap']);
          JmapSocket.created++;
          this.label = new.target.name;
        }
        override send(data: string): void {
          this.#sent++;
          super.send(`[${this.#sent}] ${data}`);
        }
        override addEventListener(...args: Parameters<WebSocket['addEventListener']>): void {
          calls.push(`addEventListener ${args[0]}`);
          super.addEventListener(...args);
        }
        ping(): void {
          this.send('ping');
        }
      }
      t.log(Object.getPrototypeOf(JmapSocket) === WebSocket, JmapSocket.name, JmapSocket.length, JmapSocket.CONNECTING);
      const socket = new JmapSocket(t.url('/protocol'));
      t.log(calls.splice(0), Reflect.ownKeys(socket).map(String), socket.label, JmapSocket.created);
      t.log(socket instanceof JmapSocket, socket instanceof WebSocket, socket.constructor === JmapSocket);
      t.log(String(JmapSocket).slice(0, 24), Function.prototype.toString.call(JmapSocket).length);
      const closed = t.watch(socket);
      await t.next(socket, 'open');
      socket.ping();
      await t.next(socket, 'message');
      socket.close();
      await closed;
      t.log(calls.splice(0));
    },
  ],
];
