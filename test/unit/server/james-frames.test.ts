import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  CLIENT_SENT_RESPONSE,
  F1_ACCOUNT_ID,
  IDLESS_ECHO_REQUEST,
  JAMES_ECHO_RESPONSE,
  JAMES_IDLESS_ECHO_RESPONSE,
  JAMES_NOT_REQUEST_MISSING_TYPE,
  JAMES_NOT_REQUEST_NON_JSON,
  JAMES_NOT_REQUEST_UNKNOWN_TYPE,
  JAMES_RFC_ECHO_RESPONSE,
  PUSH_DISABLE,
  QUICK_BROWN_FOX,
  RFC_ECHO_REQUEST,
  RFC_PUSH_ENABLE,
  TMAIL_ECHO_REQUEST,
  TMAIL_PUSH_ENABLE,
  TMAIL_PUSH_ENABLE_WITH_LABEL,
} from '../../fixtures/frames.ts';
import type { Flavor, JmapServerOptions } from '../../server/server-types.ts';
import { ALICE_BASIC, serve } from './support/servers.ts';
import { eventually, isSyncResponse, openSocket, wsUrl } from './support/ws-client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function connect(options: Partial<JmapServerOptions> & { flavor?: Flavor } = {}) {
  const server = await serve({ flavor: 'tmail-backend', ...options });
  const opened = await openSocket(wsUrl(server.url, '/jmap/ws'), { headers: { Authorization: ALICE_BASIC } });
  return { server, opened };
}

function pushStateOf(mailbox: string, email: string): string {
  return createHash('sha256').update(`${mailbox}_${email}`).digest('hex');
}

describe('James / tmail-backend frames', () => {
  test.each([
    [TMAIL_ECHO_REQUEST, JAMES_ECHO_RESPONSE],
    [IDLESS_ECHO_REQUEST, JAMES_IDLESS_ECHO_RESPONSE],
    [RFC_ECHO_REQUEST, JAMES_RFC_ECHO_RESPONSE],
    [QUICK_BROWN_FOX, JAMES_NOT_REQUEST_NON_JSON],
    [CLIENT_SENT_RESPONSE, JAMES_NOT_REQUEST_UNKNOWN_TYPE],
    ['{"using":[],"methodCalls":[]}', JAMES_NOT_REQUEST_MISSING_TYPE],
  ])('answers %s exactly like James', async (sent, expected) => {
    const { opened } = await connect();
    opened.socket.send(sent);
    expect(await opened.next()).toBe(expected);
  });

  test('a non-string @type and a non-object message are notRequest errors with requestId null', async () => {
    const { opened } = await connect();
    opened.socket.send('{"@type":42}');
    opened.socket.send('[1]');
    const [first, second] = [JSON.parse(await opened.next()), JSON.parse(await opened.next())];
    expect(first.detail).toContain('Invalid @type field on a webSocket inbound message: expecting a JsString, got 42');
    expect(second).toMatchObject({ '@type': 'RequestError', requestId: null, status: 400 });
    expect(second.detail).toContain('Expecting a JsObject to represent a webSocket inbound message');
  });

  test('an unknown method is a method-level error inside a Response', async () => {
    const { opened } = await connect();
    opened.socket.send('{"@type":"Request","id":"x","using":[],"methodCalls":[["Mailbox/get",{},"c1"]]}');
    expect(JSON.parse(await opened.next()).methodResponses).toEqual([['error', { type: 'unknownMethod' }, 'c1']]);
  });

  test('no StateChange without PushEnable; after it, changes carry the 64-hex account and a sha256 pushState', async () => {
    const { server, opened } = await connect();
    expect(server.control.push().delivered).toBe(0);
    opened.socket.send(TMAIL_PUSH_ENABLE);
    expect(isSyncResponse(await opened.settle())).toBe(true);
    const { changed } = server.control.push({ types: ['Email', 'Mailbox'] });
    const frame = JSON.parse(await opened.next());
    expect(Object.keys(frame)).toEqual(['@type', 'changed', 'pushState']);
    expect(frame.changed).toEqual({ [F1_ACCOUNT_ID]: changed });
    expect(changed.Email).toMatch(UUID);
    expect(frame.pushState).toBe(pushStateOf(changed.Mailbox ?? '', changed.Email ?? ''));
  });

  test('a PushEnable with any pushState gets the current Mailbox and Email states at once (F4)', async () => {
    const { opened } = await connect();
    opened.socket.send(RFC_PUSH_ENABLE);
    const frame = JSON.parse(await opened.next());
    const states = frame.changed[F1_ACCOUNT_ID];
    expect(Object.keys(states)).toEqual(['Mailbox', 'Email']);
    expect(frame.pushState).toBe(pushStateOf(states.Mailbox, states.Email));
  });

  test('dataTypes filter the pushed types; null means all', async () => {
    const { server, opened } = await connect();
    opened.socket.send('{"@type":"WebSocketPushEnable","dataTypes":["Mailbox"]}');
    expect(isSyncResponse(await opened.settle())).toBe(true);
    expect(server.control.push({ types: ['Thread'] }).delivered).toBe(0);
    server.control.push({ types: ['Email', 'Mailbox'] });
    expect(Object.keys(JSON.parse(await opened.next()).changed[F1_ACCOUNT_ID])).toEqual(['Mailbox']);
    opened.socket.send('{"@type":"WebSocketPushEnable","dataTypes":null}');
    expect(isSyncResponse(await opened.settle())).toBe(true);
    server.control.push({ types: ['Thread'] });
    const thread = JSON.parse(await opened.next());
    expect(Object.keys(thread.changed[F1_ACCOUNT_ID])).toEqual(['Thread']);
    expect(thread.pushState).toBeUndefined();
  });

  test('Label is a tmail-backend type; stock James rejects the whole PushEnable', async () => {
    const tmail = await connect();
    tmail.opened.socket.send(TMAIL_PUSH_ENABLE_WITH_LABEL);
    expect(isSyncResponse(await tmail.opened.settle())).toBe(true);
    const james = await connect({ flavor: 'james' });
    james.opened.socket.send(TMAIL_PUSH_ENABLE_WITH_LABEL);
    expect(JSON.parse(await james.opened.next())).toMatchObject({ '@type': 'RequestError', requestId: null });
  });

  test('PushDisable completes the outbound sink: even a later PushEnable gets no listener pushes', async () => {
    const { server, opened } = await connect();
    opened.socket.send(TMAIL_PUSH_ENABLE);
    opened.socket.send(PUSH_DISABLE);
    expect(isSyncResponse(await opened.settle())).toBe(true);
    expect(server.control.push().delivered).toBe(0);
    opened.socket.send(TMAIL_PUSH_ENABLE);
    expect(isSyncResponse(await opened.settle())).toBe(true);
    expect(server.control.push().delivered).toBe(0);
    opened.socket.send(TMAIL_ECHO_REQUEST);
    expect(await opened.next()).toBe(JAMES_ECHO_RESPONSE);
  });

  test('binary frames are ignored', async () => {
    const { opened } = await connect();
    opened.socket.send(Buffer.from([1, 2, 3]));
    expect(isSyncResponse(await opened.settle())).toBe(true);
  });

  test('no server pings by default; pingIntervalMs turns them on', async () => {
    const quiet = await connect();
    const pinging = await connect({ pingIntervalMs: 20 });
    await eventually(() => pinging.opened.pings >= 2);
    expect(quiet.opened.pings).toBe(0);
  });
});
