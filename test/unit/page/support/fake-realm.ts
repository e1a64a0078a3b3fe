import { createContext, runInContext } from 'node:vm';
import { createFakeDom } from './fake-dom.ts';

/**
 * A fresh JavaScript realm (node:vm) standing in for a page: its own Function, Reflect, JSON, Array… that tests can
 * patch like a hostile page would, plus the fake DOM and a fake native WebSocket. The hook is installed on `global`.
 */
export function createFakeRealm() {
  const context = createContext();
  const global = runInContext('globalThis', context) as typeof globalThis & Record<string, unknown>;
  const dom = createFakeDom();
  const sockets = new WeakMap<object, SocketState>();
  const iterations = { count: 0 };

  interface SocketState {
    url: string;
    readyState: number;
    protocol: string;
    extensions: string;
    binaryType: string;
    sent: unknown[];
  }
  const stateOf = (socket: unknown): SocketState => {
    const state = sockets.get(socket as object);
    if (!state) throw new TypeError('Illegal invocation');
    return state;
  };

  class WebSocket extends dom.EventTarget {
    constructor(url: string, protocols?: string | Iterable<string>) {
      super();
      const parsed = URL.parse(String(url));
      if (!parsed || (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:')) {
        throw new DOMException(`The URL '${url}' is invalid.`, 'SyntaxError');
      }
      if (protocols !== undefined && typeof protocols !== 'string') {
        for (const _protocol of protocols) iterations.count++;
      }
      sockets.set(this, {
        url: parsed.href,
        readyState: 0,
        protocol: '',
        extensions: '',
        binaryType: 'blob',
        sent: [],
      });
    }
    get url(): string {
      return stateOf(this).url;
    }
    get readyState(): number {
      return stateOf(this).readyState;
    }
    get protocol(): string {
      return stateOf(this).protocol;
    }
    get extensions(): string {
      return stateOf(this).extensions;
    }
    get binaryType(): string {
      return stateOf(this).binaryType;
    }
    set binaryType(value: string) {
      stateOf(this).binaryType = value;
    }
    send(data: unknown): void {
      const state = stateOf(this);
      if (state.readyState === 0) throw new DOMException('Still in CONNECTING state.', 'InvalidStateError');
      if (state.readyState === 1) state.sent.push(data);
    }
    close(): void {
      stateOf(this).readyState = 2;
    }
  }
  const states = ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'];
  for (const [value, name] of states.entries()) {
    const constant = { value, writable: false, enumerable: true, configurable: false };
    Object.defineProperty(WebSocket, name, constant);
    Object.defineProperty(WebSocket.prototype, name, constant);
  }

  const server = {
    open(socket: WebSocket, protocol = '', extensions = ''): void {
      Object.assign(stateOf(socket), { readyState: 1, protocol, extensions });
      dom.fire(socket, new dom.Event('open'));
    },
    message(socket: WebSocket, data: unknown): void {
      dom.fire(socket, new dom.MessageEvent('message', { data }));
    },
    error(socket: WebSocket): void {
      dom.fire(socket, new dom.Event('error'));
    },
    close(socket: WebSocket, code: number, reason: string, wasClean: boolean): void {
      stateOf(socket).readyState = 3;
      dom.fire(socket, new dom.CloseEvent('close', { code, reason, wasClean }));
    },
    sent: (socket: WebSocket): unknown[] => stateOf(socket).sent,
  };

  class AbortSignal extends dom.EventTarget {
    static timeout(ms: number): AbortSignal {
      const signal = new AbortSignal();
      setTimeout(() => dom.fire(signal, new dom.Event('abort')), ms);
      return signal;
    }
  }

  class RealmBlob extends Blob {}
  Object.defineProperty(RealmBlob.prototype, 'size', {
    get(this: Blob) {
      return Reflect.get(Blob.prototype, 'size', this);
    },
    enumerable: true,
    configurable: true,
  });
  const setTimeoutInRealm = (callback: () => void, ms: number) => setTimeout(callback, ms);
  const intrinsics = runInContext('[Function.prototype, Object.prototype]', context) as [object, object];
  for (const root of [dom.EventTarget, dom.Event, setTimeoutInRealm]) Object.setPrototypeOf(root, intrinsics[0]);
  for (const root of [dom.EventTarget.prototype, dom.Event.prototype]) Object.setPrototypeOf(root, intrinsics[1]);

  const document = new dom.EventTarget();
  const hidden = { writable: true, enumerable: false, configurable: true };
  const globals: Record<string, unknown> = {
    EventTarget: dom.EventTarget,
    Event: dom.Event,
    CustomEvent: dom.CustomEvent,
    MessageEvent: dom.MessageEvent,
    CloseEvent: dom.CloseEvent,
    MouseEvent: dom.MouseEvent,
    WebSocket,
    Blob: RealmBlob,
    crypto,
    document,
    setTimeout: setTimeoutInRealm,
    AbortSignal,
  };
  for (const [name, value] of Object.entries(globals)) Object.defineProperty(global, name, { ...hidden, value });

  const run = (code: string): unknown => runInContext(code, context);
  return { global, dom, document, NativeWebSocket: WebSocket, server, iterations, run };
}

export type FakeRealm = ReturnType<typeof createFakeRealm>;
