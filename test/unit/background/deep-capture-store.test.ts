import { describe, expect, test } from 'vitest';
import { applyDeepEvents } from '../../../src/background/apply-deep-events.ts';
import { CdpSocketTranslator, type SessionInfo } from '../../../src/background/cdp-socket-translator.ts';
import { MATCH_WINDOW_MS, NO_FRAME } from '../../../src/background/handshake-observation.ts';
import { TabStore } from '../../../src/background/tab-store.ts';
import { headerValue } from '../../../src/core/model/http-header.ts';
import { F1_URL } from '../../fixtures/handshakes.ts';
import { cdp, WORKER_SCRIPT } from './support/cdp-events.ts';
import { openEvent, opened, pageBatch, T0, textFrame, upgraded } from './support/observations.ts';

type Cdp = readonly [string, Record<string, unknown>];

/** A tab's store fed by the page hook, webRequest and the debugger, as the background feeds it. */
function tab(now = T0 + 50_000) {
  const store = new TabStore(7);
  const translator = new CdpSocketTranslator(() => now);
  let seq = 0;
  return {
    store,
    debuggerSays(session: string, info: SessionInfo, ...events: Cdp[]) {
      for (const [method, params] of events)
        applyDeepEvents(store, translator.translate(session, info, method, params));
    },
    hookSays(...events: Parameters<typeof pageBatch>[1]) {
      seq += 1;
      store.applyPageBatch(pageBatch(seq, events), 0);
    },
  };
}

const PAGE: SessionInfo = {};
const WORKER: SessionInfo = { workerUrl: WORKER_SCRIPT };
const pageHandshake = [cdp.created('3'), cdp.willSend('3'), cdp.response('3')];
const requestHeader = (store: TabStore, name: string) =>
  headerValue(store.connections.all()[0]?.handshake.requestHeaders, name);

describe("page sockets: the debugger's exact request headers join the page hook's connection", () => {
  test.each([
    ['debugger first, then the page, then webRequest', ['debugger', 'hook', 'web']],
    ['page, webRequest, then the debugger', ['hook', 'web', 'debugger']],
    ['page, debugger, then webRequest', ['hook', 'debugger', 'web']],
  ])('%s: one connection, with the exact headers', (_name, order) => {
    const { store, debuggerSays, hookSays } = tab();
    const steps: Record<string, () => void> = {
      debugger: () => debuggerSays('', PAGE, ...pageHandshake),
      hook: () => hookSays(openEvent(1, F1_URL, T0)),
      web: () => store.observeHandshake(upgraded('r1', T0 + 5)),
    };
    for (const step of order) steps[step]?.();
    expect(store.connections.all()).toHaveLength(1);
    expect(store.connections.all()[0]).toMatchObject({ id: `live:${'0123456789abcdef0123'}:1`, frameId: 0 });
    expect(requestHeader(store, 'Cookie')).toBe('sid=abc123; theme=dark');
    expect(requestHeader(store, 'Authorization')).toBe('Basic Zm9vOmJhcg==');
    expect(requestHeader(store, 'Sec-WebSocket-Protocol')).toBe('jmap, jmap.v2');
    expect(store.connections.all()[0]?.handshake.status).toBe(101);
  });

  test('the page hook has the frames: the debugger does not store them twice', () => {
    const { store, debuggerSays, hookSays } = tab();
    hookSays(openEvent(1), opened(1), textFrame(1, 'hello'), textFrame(1, 'echo', T0 + 120, 'received'));
    debuggerSays('', PAGE, ...pageHandshake, cdp.sent('3', 'hello'), cdp.received('3', 'echo'), cdp.closed('3'));
    expect(store.frames.since(0).map((frame) => frame.data)).toEqual([
      { kind: 'text', text: 'hello' },
      { kind: 'text', text: 'echo' },
    ]);
  });

  test('an unmatched debugger view never becomes a connection of its own', () => {
    const { store, debuggerSays } = tab();
    debuggerSays('', PAGE, ...pageHandshake);
    store.connections.promoteUnmatched(T0 + 30 + MATCH_WINDOW_MS + 1, 'https://mail.example.com/');
    expect(store.connections.all()).toEqual([]);
  });
});

describe('worker sockets: connections of their own, frames from the debugger', () => {
  const workerSocket = [
    cdp.created('5'),
    cdp.willSend('5'),
    cdp.response('5'),
    cdp.sent('5', '{"@type":"WebSocketPushEnable","dataTypes":null}', 100),
    cdp.received('5', 'AQID+g==', 200, 2),
    cdp.closed('5', 900),
  ];

  test('marked as a worker, with the exact handshake, both frames and the close', () => {
    const { store, debuggerSays } = tab();
    debuggerSays('W1', WORKER, ...workerSocket);
    const [connection] = store.connections.all();
    expect(connection).toMatchObject({
      id: 'live:cdp:W1:5',
      source: 'live',
      frameId: NO_FRAME,
      pageUrl: `worker: ${WORKER_SCRIPT}`,
      createdAt: T0 + 5,
      openAt: T0 + 30,
      closedAt: T0 + 900,
    });
    expect(connection?.handshake).toMatchObject({
      url: F1_URL,
      protocols: ['jmap', 'jmap.v2'],
      status: 101,
      chosenProtocol: 'jmap',
      extensions: 'permessage-deflate',
    });
    expect(headerValue(connection?.handshake.requestHeaders, 'cookie')).toBe('sid=abc123; theme=dark');
    expect(store.frames.since(0)).toEqual([
      expect.objectContaining({ connectionId: 'live:cdp:W1:5', dir: 'sent', at: T0 + 100 }),
      expect.objectContaining({
        dir: 'received',
        at: T0 + 200,
        data: { kind: 'binary', size: 4, headHex: '010203fa' },
      }),
    ]);
  });

  test.each([
    ['before', true],
    ['after', false],
  ])("webRequest's view of the worker's handshake (reported for frame 0) joins it, %s", (_when, webFirst) => {
    const { store, debuggerSays } = tab();
    if (webFirst) store.observeHandshake(upgraded('r9', T0 + 6));
    debuggerSays('W1', WORKER, ...workerSocket);
    if (!webFirst) store.observeHandshake(upgraded('r9', T0 + 6));
    store.connections.promoteUnmatched(T0 + 60_000, 'https://mail.example.com/');
    expect(store.connections.all().map((connection) => connection.id)).toEqual(['live:cdp:W1:5']);
    expect(headerValue(store.connections.all()[0]?.handshake.requestHeaders, 'cookie')).toBe('sid=abc123; theme=dark');
  });

  test.each([
    ['page first', true],
    ['worker first', false],
  ])('a page socket and a worker socket to the same URL keep their own exact headers (%s)', (_name, pageFirst) => {
    const { store, debuggerSays, hookSays } = tab();
    const workerHeaders = { Cookie: 'worker=1', 'Sec-WebSocket-Protocol': 'jmap' };
    const page = () => debuggerSays('', PAGE, ...pageHandshake);
    const worker = () => debuggerSays('W1', WORKER, cdp.created('5'), cdp.willSend('5', 6, workerHeaders));
    if (pageFirst) page();
    worker();
    if (!pageFirst) page();
    hookSays(openEvent(1, F1_URL, T0));
    const cookieOf = (id: string) => headerValue(store.connections.get(id)?.handshake.requestHeaders, 'cookie');
    expect(cookieOf('live:cdp:W1:5')).toBe('worker=1');
    expect(cookieOf('live:0123456789abcdef0123:1')).toBe('sid=abc123; theme=dark');
  });

  test("a worker socket that failed before its handshake is not taken for a page socket's debugger view", () => {
    const { store, debuggerSays } = tab(T0 + 4);
    debuggerSays('W1', WORKER, cdp.created('5'), cdp.error('5', 4, 'blocked'));
    debuggerSays('', PAGE, ...pageHandshake);
    expect(store.connections.get('live:cdp:W1:5')?.handshake.requestHeaders).toBeUndefined();
  });

  test('a failure before the handshake answered is the handshake error; after, only the error time', () => {
    const { store, debuggerSays } = tab();
    debuggerSays('W1', WORKER, cdp.created('5'), cdp.willSend('5'), cdp.error('5', 40, 'net::ERR_CONNECTION_REFUSED'));
    debuggerSays('W1', WORKER, cdp.created('6'), cdp.willSend('6'), cdp.response('6'), cdp.error('6', 700, 'reset'));
    const [refused, dropped] = store.connections.all();
    expect(refused?.handshake.error).toBe('net::ERR_CONNECTION_REFUSED');
    expect(refused?.errorAt).toBe(T0 + 40);
    expect(dropped?.handshake.error).toBeUndefined();
    expect(dropped?.errorAt).toBe(T0 + 700);
  });

  test('after a navigation cleared the tab, late events of its worker sockets are dropped, not counted', () => {
    const { store, debuggerSays } = tab();
    debuggerSays('W1', WORKER, cdp.created('5'), cdp.willSend('5'), cdp.response('5'));
    store.clear('navigation');
    debuggerSays('W1', WORKER, cdp.sent('5', 'late'), cdp.closed('5'));
    expect(store.connections.all()).toEqual([]);
    expect(store.frames.since(0)).toEqual([]);
    expect(store.dropped.rejected).toBe(0);
  });

  test('the worker connection and its frames reach the panel in the next delta', () => {
    const { store, debuggerSays } = tab();
    store.takeDelta();
    debuggerSays('W1', WORKER, ...workerSocket.slice(0, 4));
    const delta = store.takeDelta();
    expect(delta?.connections.map((connection) => connection.id)).toEqual(['live:cdp:W1:5']);
    expect(delta?.frames).toHaveLength(1);
  });
});
