import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

interface FakePort {
  name: string;
  posted: unknown[];
  messageListeners: ((message: unknown) => void)[];
  disconnectListeners: (() => void)[];
}

const ports: FakePort[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      connect: ({ name }: { name: string }) => {
        const port: FakePort = { name, posted: [], messageListeners: [], disconnectListeners: [] };
        ports.push(port);
        return {
          postMessage: (message: unknown) => port.posted.push(message),
          onMessage: { addListener: (listener: (message: unknown) => void) => port.messageListeners.push(listener) },
          onDisconnect: { addListener: (listener: () => void) => port.disconnectListeners.push(listener) },
        };
      },
    },
  },
}));

const { connectPanelPort } = await import('../../../src/panel/panel-port.ts');

beforeEach(() => {
  ports.length = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('connectPanelPort', () => {
  test('connects with the tab in the port name, delivers messages and sends through the live port', () => {
    const received: unknown[] = [];
    const port = connectPanelPort(
      7,
      (message) => received.push(message),
      () => {},
    );
    expect(ports[0]?.name).toBe('jpi:panel:7');
    ports[0]?.messageListeners[0]?.({ type: 'snapshot' });
    expect(received).toEqual([{ type: 'snapshot' }]);
    port.send({ type: 'clear' });
    expect(ports[0]?.posted).toEqual([{ type: 'clear' }]);
  });

  test('reconnects after a disconnect and sends through the new port', () => {
    const onDisconnect = vi.fn();
    const port = connectPanelPort(7, () => {}, onDisconnect);
    ports[0]?.disconnectListeners[0]?.();
    expect(onDisconnect).toHaveBeenCalledOnce();
    port.send({ type: 'clear' });
    expect(ports[0]?.posted).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(ports).toHaveLength(2);
    port.send({ type: 'set-preserve-log', preserveLog: true });
    expect(ports[1]?.posted).toEqual([{ type: 'set-preserve-log', preserveLog: true }]);
  });
});
