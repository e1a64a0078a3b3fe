import type { Runtime } from 'webextension-polyfill';

type Listener = (message: unknown) => unknown;

/** A `runtime.Port` double: records what is posted, and lets a test deliver messages or disconnect it. */
export interface FakePort {
  readonly port: Runtime.Port;
  readonly sent: unknown[];
  disconnected: boolean;
  /** Delivers a message to the port's listeners; resolves when every (async) listener has finished. */
  receive(message: unknown): Promise<void>;
  /** The other end goes away: the disconnect listeners run. */
  disconnect(): void;
  /** Makes every later `postMessage` throw, as a port whose other end vanished does. */
  breakPosting(): void;
}

export function fakePort(name = 'port', sender?: Runtime.MessageSender): FakePort {
  const onMessage: Listener[] = [];
  const onDisconnect: Array<() => void> = [];
  let broken = false;
  const fake: FakePort = {
    sent: [],
    disconnected: false,
    port: {
      name,
      sender,
      postMessage: (message: unknown) => {
        if (broken) throw new Error('Attempting to use a disconnected port object');
        fake.sent.push(structuredClone(message));
      },
      disconnect: () => {
        fake.disconnected = true;
      },
      onMessage: { addListener: (listener: Listener) => onMessage.push(listener) },
      onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
    } as unknown as Runtime.Port,
    receive: async (message) => {
      await Promise.all(onMessage.map((listener) => listener(message)));
    },
    disconnect: () => {
      for (const listener of onDisconnect) listener();
    },
    breakPosting: () => {
      broken = true;
    },
  };
  return fake;
}
