import { describe, expect, test } from 'vitest';
import { QUICK_BROWN_FOX, TMAIL_ECHO_REQUEST } from '../../fixtures/frames.ts';
import { rawRequest, upgradeHeaders } from './support/raw-http.ts';
import { ALICE_BASIC, serve } from './support/servers.ts';
import { readSession } from './support/session-shape.ts';
import { isSyncResponse, openSocket, refusedUpgrade, wsUrl } from './support/ws-client.ts';

const WEBSOCKET = 'urn:ietf:params:jmap:websocket';
const AUTH = `Authorization: ${ALICE_BASIC}`;

async function connect() {
  const server = await serve({ flavor: 'cyrus' });
  const opened = await openSocket(wsUrl(server.url, '/jmap/ws/'), { headers: { Authorization: ALICE_BASIC } });
  return { server, opened };
}

describe('Cyrus session and endpoint', () => {
  test('relative URLs and the host-less wss:/jmap/ws/ capability (F7)', async () => {
    const server = await serve({ flavor: 'cyrus' });
    const response = await fetch(`${server.url}/jmap/session`, { headers: { Authorization: ALICE_BASIC } });
    const json = await readSession(response);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.capabilities[WEBSOCKET]).toEqual({ url: 'wss:/jmap/ws/', supportsPush: true });
    expect(json.apiUrl).toBe('/jmap/');
    expect(json.eventSourceUrl).toBe('/jmap/eventsource/?types={types}&closeafter={closeafter}&ping={ping}');
    expect(Object.keys(json.accounts)).toEqual(['alice@example.com']);
  });

  test('websocketUrl overrides the capability URL; the API URL /jmap/ serves the session too', async () => {
    const server = await serve({ flavor: 'cyrus', websocketUrl: 'ws://127.0.0.1:1/jmap/ws/' });
    const json = await readSession(await fetch(`${server.url}/jmap/`, { headers: { Authorization: ALICE_BASIC } }));
    expect(json.capabilities[WEBSOCKET]?.url).toBe('ws://127.0.0.1:1/jmap/ws/');
  });

  test('401 with a Basic challenge before anything else', async () => {
    const server = await serve({ flavor: 'cyrus' });
    const answer = await rawRequest(`${server.url}/jmap/ws/`, { headers: upgradeHeaders() });
    expect(answer.status).toBe(401);
    expect(answer.values('WWW-Authenticate')).toEqual(['Basic realm="127.0.0.1"']);
    expect(answer.values('Content-Type')).toEqual(['text/html; charset=utf-8']);
  });

  test('/jmap/ws without the trailing slash: 401, then 404 once authenticated', async () => {
    const server = await serve({ flavor: 'cyrus' });
    expect((await refusedUpgrade(wsUrl(server.url, '/jmap/ws'))).status).toBe(401);
    const refused = await refusedUpgrade(wsUrl(server.url, '/jmap/ws'), { headers: { Authorization: ALICE_BASIC } });
    expect(refused.status).toBe(404);
    expect((await fetch(`${server.url}/jmap/other`, { headers: { Authorization: ALICE_BASIC } })).status).toBe(404);
  });

  test('/jmap/ws/ upgrades; a plain authenticated GET there is 204', async () => {
    const server = await serve({ flavor: 'cyrus' });
    expect(
      (await rawRequest(`${server.url}/jmap/ws/`, { headers: upgradeHeaders(AUTH, 'Sec-WebSocket-Protocol: jmap') }))
        .status,
    ).toBe(101);
    expect((await rawRequest(`${server.url}/jmap/ws/`, { headers: [AUTH] })).status).toBe(204);
  });

  test('Cyrus selects jmap only when offered', async () => {
    const server = await serve({ flavor: 'cyrus' });
    const answer = await rawRequest(`${server.url}/jmap/ws/`, { headers: upgradeHeaders(AUTH) });
    expect(answer.status).toBe(101);
    expect(answer.values('Sec-WebSocket-Protocol')).toEqual([]);
  });
});

describe('Cyrus frames', () => {
  test('Response members: methodResponses, sessionState, @type, then requestId', async () => {
    const { opened } = await connect();
    opened.socket.send(TMAIL_ECHO_REQUEST);
    expect(Object.keys(JSON.parse(await opened.next()))).toEqual([
      'methodResponses',
      'sessionState',
      '@type',
      'requestId',
    ]);
  });

  test('an unknown @type is notRequest "Unknown request @type: X"; non-JSON is notJSON', async () => {
    const { opened } = await connect();
    opened.socket.send('{"@type":"Response","id":"q"}');
    expect(JSON.parse(await opened.next())).toEqual({
      type: 'urn:ietf:params:jmap:error:notRequest',
      status: 400,
      detail: 'Unknown request @type: Response',
      '@type': 'RequestError',
      requestId: 'q',
    });
    opened.socket.send(QUICK_BROWN_FOX);
    expect(JSON.parse(await opened.next())).toMatchObject({
      type: 'urn:ietf:params:jmap:error:notJSON',
      detail: "Unable to parse JSON request body: '[' or '{' expected near 'The'",
    });
  });

  test('a PushEnable without dataTypes turns push off', async () => {
    const { server, opened } = await connect();
    opened.socket.send('{"@type":"WebSocketPushEnable","dataTypes":null}');
    expect(isSyncResponse(await opened.settle())).toBe(true);
    expect(server.control.push().delivered).toBe(0);
  });

  test('StateChanges carry the modseq as pushState; a pushState on enable sends the state at once', async () => {
    const { server, opened } = await connect();
    opened.socket.send('{"@type":"WebSocketPushEnable","dataTypes":["Email"],"pushState":"0"}');
    const first = JSON.parse(await opened.next());
    expect(Object.keys(first.changed['alice@example.com'])).toEqual(['Email']);
    const { changed } = server.control.push({ types: ['Email', 'Mailbox'] });
    const pushed = JSON.parse(await opened.next());
    expect(pushed.changed['alice@example.com']).toEqual({ Email: changed.Email });
    expect(pushed.pushState).toBe(changed.Email);
    expect(changed.Email).toBe(changed.Mailbox);
  });
});
