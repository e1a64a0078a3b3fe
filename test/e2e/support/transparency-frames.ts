import type { BehaviourEntry } from './transparency-runner.ts';

/** The child page for the same-origin iframe behaviour: one echo round trip, result kept on its own window. */
export const CHILD_PAGE = `<!doctype html><title>child</title><script>
  const log = [];
  const socket = new WebSocket(location.origin.replace('http', 'ws') + '/echo', 'jmap');
  log.push(String(WebSocket), WebSocket.prototype.constructor === WebSocket, socket instanceof WebSocket);
  socket.onopen = () => { log.push('open', socket.protocol); socket.send('from child'); };
  socket.onmessage = (event) => { log.push('message', event.data); socket.close(4100, 'child done'); };
  socket.onclose = (event) => { log.push('close', event.code, event.reason, event.wasClean); window.result = log; };
</script>`;

/** Frames, timers and cross-window messaging around sockets. */
export const frameBehaviours: readonly BehaviourEntry[] = [
  [
    'a socket in a same-origin iframe',
    async (t) => {
      const frame = document.createElement('iframe');
      frame.src = `${t.httpOrigin}/child`;
      document.body.append(frame);
      const child = () => (frame.contentWindow as unknown as { result?: unknown }).result;
      for (let waited = 0; child() === undefined && waited < 5000; waited += 50) await t.sleep(50);
      t.log(child(), (frame.contentWindow as unknown as { WebSocket: unknown }).WebSocket === WebSocket);
    },
  ],
  [
    'the WebSocket of a fresh about:blank iframe',
    async (t) => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const Foreign = (frame.contentWindow as unknown as { WebSocket: typeof WebSocket }).WebSocket;
      const fnToString = Function.prototype.toString;
      t.log(Foreign === WebSocket, fnToString.call(Foreign), Foreign.name, String(Foreign.prototype.send));
      t.log(Object.getOwnPropertyDescriptor(frame.contentWindow, 'WebSocket')?.writable);
      const socket = new Foreign(t.url('/echo'));
      t.log(socket instanceof Foreign, socket instanceof WebSocket, Reflect.ownKeys(socket).length);
      const closed = t.watch(socket);
      await t.next(socket, 'open');
      socket.send('from about:blank');
      await t.next(socket, 'message');
      socket.close();
      await closed;
    },
  ],
  [
    'the clean-iframe check: toString of one frame asked about the other frame',
    async (t) => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const child = frame.contentWindow as unknown as typeof globalThis;
      const childToString = child.Function.prototype.toString;
      const parentToString = Function.prototype.toString;
      t.log(
        childToString.call(WebSocket),
        childToString.call(WebSocket.prototype.send),
        childToString.call(parentToString),
      );
      t.log(parentToString.call(child.WebSocket), parentToString.call(child.WebSocket.prototype.send));
      t.log(parentToString.call(childToString), childToString.call(new Proxy(() => 1, {})));
      t.log(
        t.attempt(() => childToString.call({})),
        t.attempt(() => Reflect.get(WebSocket, 'caller')),
      );
      const same = document.createElement('iframe');
      same.src = `${t.httpOrigin}/child`;
      document.body.append(same);
      await t.next(same, 'load');
      const loaded = same.contentWindow as unknown as typeof globalThis;
      t.log(parentToString.call(loaded.WebSocket), loaded.Function.prototype.toString.call(WebSocket));
    },
  ],
  [
    'a socket in a srcdoc iframe',
    async (t) => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<script>
        const socket = new WebSocket(${JSON.stringify(t.url('/echo'))});
        const log = [String(WebSocket).length, socket.constructor === WebSocket];
        socket.onopen = () => socket.send('srcdoc');
        socket.onmessage = (event) => { log.push(event.data); socket.close(); };
        socket.onclose = (event) => { log.push(event.code, event.wasClean); parent.postMessage(log, '*'); };
      </script>`;
      const message = t.next(window, 'message');
      document.body.append(frame);
      t.log(((await message) as MessageEvent).data);
    },
  ],
];
