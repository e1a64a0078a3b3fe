import { describe, expect, test } from 'vitest';
import { rawRequest, upgradeHeaders } from './support/raw-http.ts';
import { ALICE_BASIC, serve } from './support/servers.ts';
import { readSession } from './support/session-shape.ts';
import { openSocket, refusedUpgrade, wsUrl } from './support/ws-client.ts';

const TICKET = 'com:linagora:params:jmap:ws:ticket';
const WEBSOCKET = 'urn:ietf:params:jmap:websocket';
const NO_CREDENTIALS = { type: 'about:blank', status: 401, detail: 'No valid authentication methods provided' };

describe('stock Apache James', () => {
  test('the session has the websocket capability everywhere and no ticket capability (F7)', async () => {
    const server = await serve({ flavor: 'james' });
    const json = await readSession(
      await fetch(`${server.url}/jmap/session`, { headers: { Authorization: ALICE_BASIC } }),
    );
    const [account] = Object.values(json.accounts);
    expect(json.capabilities[WEBSOCKET]).toEqual({
      supportsPush: true,
      url: `${server.url.replace('http', 'ws')}/jmap/ws`,
    });
    expect(json.capabilities[TICKET]).toBeUndefined();
    expect(account?.accountCapabilities[WEBSOCKET]).toEqual(json.capabilities[WEBSOCKET]);
    expect(account?.accountCapabilities[TICKET]).toBeUndefined();
  });

  test('there is no ticket route', async () => {
    const server = await serve({ flavor: 'james' });
    const response = await fetch(`${server.url}/jmap/ws/ticket`, {
      method: 'POST',
      headers: { Authorization: ALICE_BASIC },
    });
    expect(response.status).toBe(404);
  });

  test('?ticket= is ignored: the no-credentials 401 with only Basic and JWT challenges', async () => {
    const server = await serve({ flavor: 'james' });
    const refused = await refusedUpgrade(wsUrl(server.url, '/jmap/ws?ticket=6f1c2b9e-8d4a-4c7e-9b1a-2f3e4d5c6b7a'));
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toBe('Basic realm="simple", Bearer realm="JWT"');
    expect(JSON.parse(refused.body)).toEqual(NO_CREDENTIALS);
  });

  test.each([
    'access_token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl',
    'authorization=Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D',
  ])('query credentials are never read: %s', async (query) => {
    const server = await serve({ flavor: 'james' });
    const refused = await refusedUpgrade(wsUrl(server.url, `/jmap/ws?${query}`));
    expect(JSON.parse(refused.body)).toEqual(NO_CREDENTIALS);
  });

  test('a raw-copied "Basic+…%3D" header matches no strategy: the no-credentials 401', async () => {
    const server = await serve({ flavor: 'james' });
    const answer = await rawRequest(`${server.url}/jmap/ws`, {
      headers: upgradeHeaders('Authorization: Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D'),
    });
    expect(answer.status).toBe(401);
    expect(answer.values('WWW-Authenticate')).toEqual(['Basic realm="simple", Bearer realm="JWT"']);
  });

  test('an Authorization header upgrades, always answering jmap', async () => {
    const server = await serve({ flavor: 'james' });
    const answer = await rawRequest(`${server.url}/jmap/ws`, {
      headers: upgradeHeaders(`Authorization: ${ALICE_BASIC}`, 'Sec-WebSocket-Protocol: chat'),
    });
    expect(answer.status).toBe(101);
    expect(answer.values('Sec-WebSocket-Protocol')).toEqual(['jmap']);
    expect(answer.values('Connection')).toEqual(['upgrade']);
  });

  test('the socket opens with a ws client sending the header', async () => {
    const server = await serve({ flavor: 'james' });
    const opened = await openSocket(wsUrl(server.url, '/jmap/ws'), { headers: { Authorization: ALICE_BASIC } });
    expect(opened.socket.protocol).toBe('jmap');
    opened.socket.close();
  });
});
