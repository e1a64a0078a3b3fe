import { describe, expect, test } from 'vitest';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import type { SocketListener } from '../../../../src/core/replay/replay-io.ts';
import { isReplayMessage, ReplayCoordinator } from '../../../../src/panel/replay/replay-coordinator.ts';
import type { PanelToBackground } from '../../../../src/shared/protocol.ts';

function setup() {
  const sent: PanelToBackground[] = [];
  const opened: Array<{ url: string; protocols: readonly string[]; calls: string[] }> = [];
  const coordinator = new ReplayCoordinator(
    (message) => sent.push(message),
    (url, protocols) => {
      const socket = { url, protocols, calls: [] as string[] };
      opened.push(socket);
      return { send: (text) => socket.calls.push(`send ${text}`), close: (code) => socket.calls.push(`close ${code}`) };
    },
  );
  const events: string[] = [];
  const listener: SocketListener = {
    open: () => events.push('open'),
    message: () => events.push('message'),
    error: (message) => events.push(`error ${message}`),
    close: (info) => events.push(`close ${info.code}`),
    handshake: (details) => events.push(`handshake ${details.status}`),
  };
  return { coordinator, sent, opened, events, listener };
}

const REQUEST = { url: 'ws://127.0.0.1:8781/jmap/ws', protocols: ['jmap'], authorization: 'Bearer abc' };

describe('ReplayCoordinator', () => {
  test('asks the background first, and opens the socket only once the header rule is in place', () => {
    const { coordinator, sent, opened, listener } = setup();
    const socket = coordinator.socketFactory('replay:1')(REQUEST, listener);
    expect(sent).toEqual([
      { type: 'replay-prepare', replayId: 'replay:1', url: REQUEST.url, authorization: 'Bearer abc' },
    ]);
    expect(opened).toEqual([]);
    coordinator.receive({ type: 'replay-ready', replayId: 'replay:1' });
    socket.send('{}');
    expect(opened.map(({ url, protocols, calls }) => [url, protocols, calls])).toEqual([
      [REQUEST.url, ['jmap'], ['send {}']],
    ]);
  });

  test('a close asked before the socket exists closes it as soon as it opens', () => {
    const { coordinator, opened, listener } = setup();
    const socket = coordinator.socketFactory('replay:1')({ ...REQUEST, authorization: undefined }, listener);
    socket.close(1000, 'stop');
    coordinator.receive({ type: 'replay-ready', replayId: 'replay:1' });
    expect(opened[0]?.calls).toEqual(['close 1000']);
  });

  test('the background refusing: the replay ends like a socket that never opened, with the reason', () => {
    const { coordinator, opened, events, listener } = setup();
    coordinator.socketFactory('replay:1')(REQUEST, listener);
    coordinator.receive({ type: 'replay-ready', replayId: 'replay:1', error: 'invalid rule' });
    expect(opened).toEqual([]);
    expect(events).toEqual(['error invalid rule', 'close 1006']);
  });

  test('what the network saw goes to the replay it belongs to', () => {
    const { coordinator, events, listener } = setup();
    coordinator.socketFactory('replay:1')(REQUEST, listener);
    coordinator.receive({ type: 'replay-handshake', replayId: 'replay:1', handshake: { status: 401, ended: true } });
    coordinator.receive({ type: 'replay-handshake', replayId: 'replay:2', handshake: { status: 101, ended: true } });
    expect(events).toEqual(['handshake 401']);
    expect(isReplayMessage({ type: 'replay-ready', replayId: 'x' })).toBe(true);
    expect(isReplayMessage({ type: 'snapshot' } as never)).toBe(false);
  });

  test('reports the record with only the frames the store does not have yet, then says it is finished', () => {
    const { coordinator, sent } = setup();
    const frame = (id: number) => ({
      id,
      dir: 'sent' as const,
      at: 10 + id,
      data: { kind: 'text' as const, text: `${id}` },
    });
    const record: ConnectionRecord = {
      id: 'replay:1',
      handshake: { url: REQUEST.url, protocols: ['jmap'], status: 101 },
      createdAt: 5,
      openAt: 8,
      frames: [frame(0), frame(1)],
    };
    const origin = { of: 'live:a:1', via: 'Origin with header' };
    coordinator.report(record, origin);
    coordinator.report({ ...record, frames: [frame(0), frame(1), frame(2)], closedAt: 20 }, origin);
    coordinator.finish('replay:1');
    const records = sent.filter((message) => message.type === 'replay-record');
    expect(records.map((message) => message.frames.map((f) => f.data))).toEqual([
      [
        { kind: 'text', text: '0' },
        { kind: 'text', text: '1' },
      ],
      [{ kind: 'text', text: '2' }],
    ]);
    expect(records[1]?.connection).toMatchObject({
      id: 'replay:1',
      source: 'replay',
      replay: origin,
      closedAt: 20,
      openAt: 8,
    });
    expect(sent.at(-1)).toEqual({ type: 'replay-finished', replayId: 'replay:1' });
  });
});
