import { describe, expect, test } from 'vitest';
import {
  CLIENT_SENT_RESPONSE,
  IDLESS_ECHO_REQUEST,
  QUICK_BROWN_FOX,
  RFC_PUSH_ENABLE,
  STALWART_NOT_REQUEST,
  TMAIL_ECHO_REQUEST,
  TMAIL_PUSH_ENABLE,
} from '../../fixtures/frames.ts';
import type { JmapServerOptions } from '../../server/server-types.ts';
import { ALICE_BASIC, serve } from './support/servers.ts';
import { eventually, isSyncResponse, openSocket, wsUrl } from './support/ws-client.ts';

async function connect(options: Partial<JmapServerOptions> = {}) {
  const server = await serve({ flavor: 'stalwart', ...options });
  const opened = await openSocket(wsUrl(server.url, '/jmap/ws'), { headers: { Authorization: ALICE_BASIC } });
  return { server, opened };
}

describe('Stalwart frames', () => {
  test('Response: member order of Stalwart, requestId echoed', async () => {
    const { opened } = await connect();
    opened.socket.send(TMAIL_ECHO_REQUEST);
    const text = await opened.next();
    expect(text).toMatch(
      /^\{"@type":"Response","methodResponses":\[\["Core\/echo",\{\},"c0"\]\],"sessionState":"[0-9a-f]{8}","requestId":"R1"\}$/,
    );
  });

  test('requestId is omitted when the request had no id', async () => {
    const { opened } = await connect();
    opened.socket.send(IDLESS_ECHO_REQUEST);
    expect(Object.keys(JSON.parse(await opened.next()))).toEqual(['@type', 'methodResponses', 'sessionState']);
  });

  test('non-JSON gets the serde notRequest error without requestId (F4)', async () => {
    const { opened } = await connect();
    opened.socket.send(QUICK_BROWN_FOX);
    expect(await opened.next()).toBe(STALWART_NOT_REQUEST);
  });

  test('an unknown @type is "Invalid WebSocket JMAP request … at line 1 column N"', async () => {
    const { opened } = await connect();
    opened.socket.send('{"@type":"Quatsch"}');
    opened.socket.send(CLIENT_SENT_RESPONSE);
    expect(JSON.parse(await opened.next()).detail).toBe(
      'Invalid WebSocket JMAP request Invalid WebSocket JMAP request at line 1 column 19',
    );
    expect(JSON.parse(await opened.next())).not.toHaveProperty('requestId');
  });

  test('a WebSocketPushDisable with another key is rejected', async () => {
    const { opened } = await connect();
    opened.socket.send('{"@type":"WebSocketPushDisable","dataTypes":null}');
    expect(JSON.parse(await opened.next())).toMatchObject({ '@type': 'RequestError', status: 400 });
  });

  test('push is off until PushEnable; pushState is ignored; StateChanges have no pushState (F2)', async () => {
    const { server, opened } = await connect();
    expect(server.control.push().delivered).toBe(0);
    opened.socket.send(RFC_PUSH_ENABLE);
    expect(isSyncResponse(await opened.settle())).toBe(true);
    const { changed } = server.control.push({ types: ['Email', 'Mailbox'] });
    const text = await opened.next();
    expect(text).toBe(JSON.stringify({ '@type': 'StateChange', changed: { b: changed } }));
    expect(changed.Email).toMatch(/^s[0-9a-v]+$/);
  });

  test('an empty dataTypes list means every type; PushDisable stops pushes', async () => {
    const { server, opened } = await connect();
    opened.socket.send('{"@type":"WebSocketPushEnable","dataTypes":[]}');
    expect(isSyncResponse(await opened.settle())).toBe(true);
    server.control.push({ types: ['EmailDelivery'] });
    expect(JSON.parse(await opened.next()).changed.b).toHaveProperty('EmailDelivery');
    opened.socket.send('{"@type":"WebSocketPushDisable"}');
    expect(isSyncResponse(await opened.settle())).toBe(true);
    expect(server.control.push().delivered).toBe(0);
    opened.socket.send(TMAIL_PUSH_ENABLE);
    expect(isSyncResponse(await opened.settle())).toBe(true);
    expect(server.control.push().delivered).toBe(1);
  });

  test('Ping frames at pingIntervalMs (60 s by default)', async () => {
    const { opened } = await connect({ pingIntervalMs: 20 });
    const quiet = await connect();
    await eventually(() => opened.pings >= 2);
    expect(quiet.opened.pings).toBe(0);
  });
});
