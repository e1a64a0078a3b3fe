import type { BehaviourEntry } from './transparency-runner.ts';

/** Which events a page sees, in which order, with which properties: echo, listeners, closes, failures. */
export const eventBehaviours: readonly BehaviourEntry[] = [
  [
    'normal echo with every event property',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      const closed = t.watch(socket);
      socket.addEventListener('message', (event) => {
        const { type, isTrusted, bubbles, cancelable, composed, eventPhase, defaultPrevented } = event;
        t.log(type, isTrusted, bubbles, cancelable, composed, eventPhase, defaultPrevented, event.lastEventId);
        const first = event.data;
        t.log(event.currentTarget === socket, event.source, event.ports.length, first === event.data);
        t.log(Object.keys(event), Object.getPrototypeOf(event) === MessageEvent.prototype, event.composedPath().length);
      });
      await t.next(socket, 'open');
      t.log(socket.readyState, socket.protocol, socket.extensions, socket.url, socket.binaryType);
      socket.send('{"using":["urn:ietf:params:jmap:core"],"methodCalls":[]}');
      await t.next(socket, 'message');
      socket.close(1000, 'done');
      t.log(socket.readyState);
      await closed;
      t.log(socket.readyState, socket.bufferedAmount);
    },
  ],
  [
    'onmessage and addEventListener together, in registration order',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      socket.addEventListener('message', () => t.log('listener 1'));
      socket.onmessage = (event) => t.log('onmessage A', event.data);
      const handler = { handleEvent: (event: Event) => t.log('handleEvent', (event as MessageEvent).data) };
      socket.addEventListener('message', handler);
      socket.addEventListener('message', handler);
      socket.addEventListener('message', () => t.log('once'), { once: true });
      socket.onmessage = (event) => t.log('onmessage B', event.data);
      socket.onopen = () => t.log('onopen', socket.readyState);
      socket.addEventListener('open', () => t.log('open listener'));
      const closed = t.next(socket, 'close');
      await t.next(socket, 'open');
      for (const text of ['one', 'two', 'three']) socket.send(text);
      for (let index = 0; index < 3; index++) await t.next(socket, 'message');
      t.log(typeof socket.onmessage, t.descriptor(WebSocket.prototype, 'onmessage'));
      socket.close();
      await closed;
    },
  ],
  [
    'listener removal and handler reset',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      const removed = (event: Event) => t.log('removed listener ran', (event as MessageEvent).data);
      socket.addEventListener('message', removed);
      socket.onmessage = (event) => t.log('onmessage', event.data);
      socket.addEventListener('message', () => t.log('kept'));
      await t.next(socket, 'open');
      socket.send('first');
      await t.next(socket, 'message');
      socket.removeEventListener('message', removed);
      socket.onmessage = null;
      socket.send('second');
      await t.next(socket, 'message');
      socket.onmessage = 'not a function' as never;
      t.log(socket.onmessage);
      socket.close();
      await t.next(socket, 'close');
    },
  ],
  [
    'stopImmediatePropagation, stopPropagation and preventDefault',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      let round = 0;
      let bothSeen: () => void = () => undefined;
      const seen = new Promise<void>((resolve) => {
        bothSeen = resolve;
      });
      socket.addEventListener('message', (event) => {
        round++;
        if (round === 1) event.stopImmediatePropagation();
        if (round === 2) event.stopPropagation();
        event.preventDefault();
        t.log('first', event.data, event.defaultPrevented, event.cancelBubble);
        if (round === 2) queueMicrotask(bothSeen);
      });
      socket.addEventListener('message', (event) => t.log('second', event.data));
      socket.onmessage = (event) => t.log('onmessage', event.data);
      socket.addEventListener('close', (event) => event.stopImmediatePropagation());
      socket.addEventListener('close', () => t.log('close listener after stop'));
      await t.next(socket, 'open');
      socket.send('a');
      socket.send('b');
      await seen;
      socket.close();
      await t.sleep(300);
      t.log('end', socket.readyState);
    },
  ],
  [
    'a throwing page listener reaches window.onerror and later listeners still run',
    async (t) => {
      const errors: unknown[] = [];
      window.onerror = (message, source, line, column, error) => {
        errors.push([String(message), source === location.href, line, column, (error as Error)?.message]);
        return true;
      };
      const socket = new WebSocket(t.url('/echo'));
      socket.addEventListener('message', () => {
        throw new Error('page listener failed');
      });
      socket.addEventListener('message', (event) => t.log('still called', event.data));
      await t.next(socket, 'open');
      socket.send('x');
      await t.next(socket, 'message');
      socket.close();
      await t.next(socket, 'close');
      t.log(errors);
      window.onerror = null;
    },
  ],
];
