import type { FrameData } from '../../core/model/frame.ts';
import type { ReplaySocket, SocketListener } from '../../core/replay/replay-io.ts';
import { BINARY_HEAD_BYTES } from '../../shared/protocol.ts';

function binaryData(buffer: ArrayBuffer): FrameData {
  const head = new Uint8Array(buffer, 0, Math.min(buffer.byteLength, BINARY_HEAD_BYTES));
  const headHex = Array.from(head, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return { kind: 'binary', size: buffer.byteLength, headHex };
}

/** A real WebSocket of this extension page, reporting its events to the replay engine's listener. */
export function openBrowserSocket(url: string, protocols: readonly string[], listener: SocketListener): ReplaySocket {
  let socket: WebSocket;
  try {
    socket = new WebSocket(url, [...protocols]);
  } catch (error) {
    // A URL or subprotocol the browser refuses: the replay ends like a socket that never opened.
    queueMicrotask(() => {
      listener.error(error instanceof Error ? error.message : String(error));
      listener.close({ code: 1006, reason: '', wasClean: false });
    });
    return { send: () => undefined, close: () => undefined };
  }
  socket.binaryType = 'arraybuffer';
  socket.addEventListener('open', () => listener.open({ protocol: socket.protocol, extensions: socket.extensions }));
  socket.addEventListener('message', (event: MessageEvent) => {
    const { data } = event;
    listener.message(typeof data === 'string' ? { kind: 'text', text: data } : binaryData(data as ArrayBuffer));
  });
  socket.addEventListener('error', () => listener.error(''));
  socket.addEventListener('close', (event: CloseEvent) =>
    listener.close({ code: event.code, reason: event.reason, wasClean: event.wasClean }),
  );
  return {
    send: (text) => socket.send(text),
    close: (code, reason) => socket.close(code, reason),
  };
}
