import { describe, expect, test } from 'vitest';
import { CdpSocketTranslator, type SessionInfo } from '../../../src/background/cdp-socket-translator.ts';
import type { DeepEvent } from '../../../src/background/deep-event.ts';
import { F1_URL } from '../../fixtures/handshakes.ts';
import { CDP_101, cdp, WORKER_SCRIPT } from './support/cdp-events.ts';
import { T0 } from './support/observations.ts';

const PAGE: SessionInfo = {};
const WORKER: SessionInfo = { workerUrl: WORKER_SCRIPT };

function run(session: SessionInfo, events: ReadonlyArray<readonly [string, Record<string, unknown>]>, key = 'S1') {
  const translator = new CdpSocketTranslator(() => T0 + 99_000);
  return events.flatMap(([method, params]) => translator.translate(key, session, method, params));
}

const workerEvents = (events: DeepEvent[]) => events.flatMap((event) => (event.kind === 'worker' ? [event] : []));

describe('page sockets: the exact handshake only (the page hook has their frames)', () => {
  test('the request headers CDP saw, Authorization, Cookie and Sec-WebSocket-Protocol included', () => {
    const [event] = run(PAGE, [cdp.created('9.3'), cdp.willSend('9.3')], '');
    expect(event).toEqual({
      kind: 'page',
      observation: {
        requestId: 'cdp::9.3',
        url: F1_URL,
        startedAt: T0 + 5,
        source: 'debugger',
        requestHeaders: expect.arrayContaining([
          { name: 'Authorization', value: 'Basic Zm9vOmJhcg==' },
          { name: 'Cookie', value: 'sid=abc123; theme=dark' },
          { name: 'Sec-WebSocket-Protocol', value: 'jmap, jmap.v2' },
        ]),
      },
    });
    expect(event?.kind === 'page' && event.observation.frameId).toBeUndefined();
  });

  test('the response: status, status line, response headers, and the headers that went on the wire', () => {
    const events = run(PAGE, [cdp.created('9.3'), cdp.willSend('9.3'), cdp.response('9.3')]);
    expect(events[1]).toMatchObject({
      kind: 'page',
      observation: {
        status: 101,
        statusLine: 'HTTP/1.1 101 Switching Protocols',
        endedAt: T0 + 30,
        responseHeaders: expect.arrayContaining([{ name: 'Sec-WebSocket-Protocol', value: 'jmap' }]),
        requestHeaders: expect.arrayContaining([{ name: 'Cookie', value: 'sid=abc123; theme=dark' }]),
      },
    });
  });

  test('frames, errors and the close add nothing but the end of a handshake that got no response', () => {
    const events = run(PAGE, [
      cdp.created('9.3'),
      cdp.willSend('9.3'),
      cdp.sent('9.3', 'hello'),
      cdp.received('9.3', 'echo'),
      cdp.error('9.3', 40),
      cdp.closed('9.3', 41),
    ]);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ kind: 'page', observation: { endedAt: T0 + 40 } });
    expect(events[1]?.kind === 'page' && events[1].observation.status).toBeUndefined();
  });

  test('a socket that closes after its response ends nothing twice', () => {
    const events = run(PAGE, [cdp.created('9.3'), cdp.willSend('9.3'), cdp.response('9.3'), cdp.closed('9.3')]);
    expect(events).toHaveLength(2);
  });
});

describe('worker sockets: connections of their own, with the frames CDP reports', () => {
  test('open (offered protocols from the header), handshake, opened with the chosen protocol and extensions', () => {
    const events = workerEvents(run(WORKER, [cdp.created('7.1'), cdp.willSend('7.1'), cdp.response('7.1')]));
    expect(events.map((event) => event.event.type)).toEqual(['open', 'handshake', 'handshake', 'opened']);
    expect(events.every((event) => event.key === 'S1:7.1')).toBe(true);
    expect(events[0]?.event).toEqual({
      type: 'open',
      at: T0 + 5,
      url: F1_URL,
      protocols: ['jmap', 'jmap.v2'],
      workerUrl: WORKER_SCRIPT,
    });
    expect(events[3]?.event).toEqual({
      type: 'opened',
      at: T0 + 30,
      protocol: 'jmap',
      extensions: 'permessage-deflate',
    });
  });

  test('frames in both directions at wall time plus the monotonic delta; binary as size and head', () => {
    const events = workerEvents(
      run(WORKER, [
        cdp.created('7.1'),
        cdp.willSend('7.1'),
        cdp.sent('7.1', '{"@type":"WebSocketPushEnable"}', 100),
        cdp.received('7.1', 'AQID+g==', 1_250, 2),
        cdp.received('7.1', '', 1_300, 9),
      ]),
    );
    expect(events.slice(2).map((event) => event.event)).toEqual([
      { type: 'frame', at: T0 + 100, dir: 'sent', data: { kind: 'text', text: '{"@type":"WebSocketPushEnable"}' } },
      { type: 'frame', at: T0 + 1_250, dir: 'received', data: { kind: 'binary', size: 4, headHex: '010203fa' } },
    ]);
  });

  test('a refused handshake: the response status, no opened; then the error and the close', () => {
    const refused = { ...CDP_101, status: 401, statusText: 'Unauthorized', headersText: 'HTTP/1.1 401 Unauthorized' };
    const events = workerEvents(
      run(WORKER, [
        cdp.created('7.1'),
        cdp.willSend('7.1'),
        cdp.response('7.1', 30, refused),
        cdp.error('7.1', 31, 'Unexpected response code: 401'),
        cdp.closed('7.1', 32),
      ]),
    );
    expect(events.map((event) => event.event.type)).toEqual(['open', 'handshake', 'handshake', 'error', 'closed']);
    expect(events[3]?.event).toEqual({ type: 'error', at: T0 + 31, message: 'Unexpected response code: 401' });
  });

  test('a socket that failed before any handshake still opens, when it failed', () => {
    const events = workerEvents(run(WORKER, [cdp.created('7.1'), cdp.error('7.1'), cdp.closed('7.1')]));
    expect(events.map((event) => event.event)).toEqual([
      { type: 'open', at: T0 + 99_000, url: F1_URL, protocols: [], workerUrl: WORKER_SCRIPT },
      { type: 'error', at: T0 + 99_000, message: '' },
      { type: 'closed', at: T0 + 99_000 + 460 },
    ]);
  });

  test('sockets created before the debugger attached (no webSocketCreated) are left out', () => {
    expect(run(WORKER, [cdp.willSend('7.1'), cdp.sent('7.1', 'x'), cdp.closed('7.1')])).toEqual([]);
  });

  test('a closed socket, or one of a forgotten session, is not heard of again', () => {
    const translator = new CdpSocketTranslator();
    const send = (key: string, [method, params]: readonly [string, Record<string, unknown>]) =>
      translator.translate(key, WORKER, method, params);
    for (const event of [cdp.created('1'), cdp.willSend('1'), cdp.closed('1')]) send('A', event);
    expect(send('A', cdp.sent('1', 'late'))).toEqual([]);
    send('B', cdp.created('2'));
    send('B', cdp.willSend('2'));
    translator.forgetSession('B');
    expect(send('B', cdp.sent('2', 'late'))).toEqual([]);
  });

  test('unknown methods and shapeless events are ignored', () => {
    expect(run(WORKER, [cdp.created('7.1'), ['Network.dataReceived', { requestId: '7.1' }]])).toEqual([]);
    expect(run(WORKER, [['Network.webSocketCreated', { requestId: '7.1' }], cdp.willSend('7.1')])).toEqual([]);
  });
});
