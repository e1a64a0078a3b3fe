import type { BehaviourEntry } from './transparency-runner.ts';

/** Payload kinds both ways, binaryType, bufferedAmount, subprotocol and extension negotiation, subclassing. */
export const dataBehaviours: readonly BehaviourEntry[] = [
  [
    'binaryType arraybuffer with binary frames',
    async (t) => {
      const socket = new WebSocket(t.url('/binary'));
      socket.binaryType = 'arraybuffer';
      socket.onmessage = (event) => {
        const first = event.data;
        t.log(first === event.data, first instanceof ArrayBuffer);
      };
      await t.watch(socket);
    },
  ],
  [
    'binaryType blob with binary frames, contents read afterwards',
    async (t) => {
      const socket = new WebSocket(t.url('/binary'));
      const blobs: unknown[] = [];
      socket.onmessage = (event) => blobs.push(event.data);
      t.log(socket.binaryType);
      await t.watch(socket);
      for (const blob of blobs) t.log(await t.payload(blob), blob instanceof Blob);
    },
  ],
  [
    'binaryType switches and invalid values',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      const closed = t.watch(socket);
      for (const value of ['foo', 'ARRAYBUFFER', '', 'arraybuffer', 'blob', null]) {
        socket.binaryType = value as BinaryType;
        t.log(value, socket.binaryType);
      }
      await t.next(socket, 'open');
      socket.send(new Uint8Array([1, 2, 3]));
      const asBlob = (await t.next(socket, 'message')) as MessageEvent;
      socket.binaryType = 'arraybuffer';
      socket.send(new Uint8Array([4, 5, 6]));
      const asBuffer = (await t.next(socket, 'message')) as MessageEvent;
      t.log(await t.payload(asBlob.data), await t.payload(asBuffer.data));
      socket.close();
      await closed;
    },
  ],
  [
    'sending every payload kind',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      socket.binaryType = 'arraybuffer';
      const closed = t.watch(socket);
      await t.next(socket, 'open');
      const bytes = Uint8Array.from({ length: 48 }, (_, index) => index * 5);
      const payloads: unknown[] = [
        bytes.buffer,
        bytes.subarray(3, 9),
        new DataView(bytes.buffer, 40, 8),
        new Float64Array([1.5, -2]),
        new Blob(['blob text'], { type: 'text/plain' }),
        new ArrayBuffer(0),
        'text',
        '',
      ];
      for (const payload of payloads) {
        socket.send(payload as string);
        t.log(socket.bufferedAmount);
      }
      for (let index = 0; index < payloads.length; index++) {
        const reply = (await t.next(socket, 'message')) as MessageEvent;
        t.log(await t.payload(reply.data));
      }
      socket.close();
      await closed;
    },
  ],
  [
    'bufferedAmount during and after a big send',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      await t.next(socket, 'open');
      const big = 'j'.repeat(1024 * 1024);
      t.log(socket.bufferedAmount);
      socket.send(big);
      t.log(socket.bufferedAmount);
      socket.send('é');
      t.log(socket.bufferedAmount);
      const reply = (await t.next(socket, 'message')) as MessageEvent;
      await t.next(socket, 'message');
      t.log(reply.data.length, socket.bufferedAmount);
      socket.close();
      await t.next(socket, 'close');
      socket.send('after close');
      t.log(socket.bufferedAmount);
    },
  ],
  [
    'unicode, lone surrogates and text above the capture limit',
    async (t) => {
      const socket = new WebSocket(t.url('/echo'));
      const closed = t.watch(socket);
      await t.next(socket, 'open');
      for (const text of ['héllo 😀', 'lone \ud800 surrogate', '\u0000nul', 'x'.repeat(300 * 1024)]) {
        socket.send(text);
        t.log(socket.bufferedAmount);
        const reply = (await t.next(socket, 'message')) as MessageEvent;
        t.log(reply.data.length, reply.data.length > 100 ? 'long' : reply.data);
      }
      socket.close();
      await closed;
    },
  ],
];
