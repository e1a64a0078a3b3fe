import { type BatchOptions, createBatcher } from './create-batcher.ts';
import { describeData } from './describe-data.ts';
import { maskToString } from './mask-to-string.ts';
import type { Natives } from './natives.ts';
import { readOfferedProtocols } from './read-offered-protocols.ts';
import { transparentProxy } from './transparent-proxy.ts';
import { watchSocket } from './watch-socket.ts';

const OPEN = 1;

export interface WebSocketHook {
  /** Hands over what is buffered now (also done on `pagehide`). */
  readonly flush: () => void;
}

function replaceValue(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { ...Object.getOwnPropertyDescriptor(target, key), value });
}

function wrapConstructor(natives: Natives, onCreate: (socket: WebSocket, args: unknown[]) => void): typeof WebSocket {
  const native = natives.WebSocket;
  const wrapper = transparentProxy(natives, native, {
    construct: (_target: typeof WebSocket, args: unknown[], newTarget: typeof WebSocket) => {
      const socket: WebSocket = natives.construct(native, args, newTarget === wrapper ? native : newTarget);
      try {
        onCreate(socket, args);
      } catch {
        // The page gets its socket whatever happens to the recording.
      }
      return socket;
    },
  });
  return wrapper;
}

function wrapSend(natives: Natives, onSent: (socket: unknown, args: unknown[]) => void): WebSocket['send'] {
  return transparentProxy(natives, natives.WebSocket.prototype.send, {
    apply: (target: WebSocket['send'], self: unknown, args: unknown[]) => {
      const result = natives.apply(target, self, args);
      try {
        onSent(self, args);
      } catch {
        // As above: recording never changes what the page sees.
      }
      return result;
    },
  });
}

/**
 * Replaces `WebSocket` and `WebSocket.prototype.send` of the natives' global by transparent proxies that record every
 * socket's life and frames, and hands the records to `post` in batches (see createBatcher). Natives are captured
 * must be captured before any page script runs.
 */
export function installWebSocketHook(
  natives: Natives,
  post: (batchJson: string) => void,
  options: BatchOptions = {},
): WebSocketHook {
  const globalObject = natives.global;
  // document.open() erases the window's listeners: whenever events wait, the pagehide flush is set again (the DOM
  // ignores a duplicate).
  const onWaiting = (): void => {
    natives.listen(globalObject, 'pagehide', flush);
  };
  const { add, flush } = createBatcher(natives, post, { ...options, onWaiting });
  const ids = new natives.WeakMap<object, number>();
  let sockets = 0;
  const onCreate = (socket: WebSocket, args: unknown[]): void => {
    const id = ++sockets;
    natives.mapSet(ids, socket, id);
    const protocols = readOfferedProtocols(natives, args);
    add({ type: 'open', socket: id, at: natives.now(), url: natives.socketUrl(socket), protocols });
    watchSocket(natives, socket, id, add);
  };
  const onSent = (socket: unknown, args: unknown[]): void => {
    const id = natives.mapGet(ids, socket) as number | undefined;
    if (id === undefined || args.length === 0 || natives.socketState(socket) !== OPEN) return;
    const described = describeData(natives, args[0]);
    if (!described) return;
    const { data, truncatedFrom } = described;
    add({ type: 'frame', socket: id, at: natives.now(), dir: 'sent', data, truncatedFrom });
  };
  const nativeSend = natives.WebSocket.prototype.send;
  const wrapper = wrapConstructor(natives, onCreate);
  const send = wrapSend(natives, onSent);
  maskToString(natives, [wrapper, send], [natives.WebSocket, nativeSend]);
  replaceValue(natives.WebSocket.prototype, 'send', send);
  replaceValue(natives.WebSocket.prototype, 'constructor', wrapper);
  replaceValue(globalObject, 'WebSocket', wrapper);
  onWaiting();
  return { flush };
}
