import { describe, expect, test } from 'vitest';
import { F1_ACCOUNT_ID } from '../../fixtures/frames.ts';
import { ALICE_EXPIRED_JWT, ALICE_JWT, ALICE_OPAQUE_BASE64, SCENARIO_JWT } from '../../server/users.ts';
import { ALICE_BASIC, manualClock, serve } from './support/servers.ts';
import { readSession } from './support/session-shape.ts';

const WEBSOCKET = 'urn:ietf:params:jmap:websocket';
const TICKET = 'com:linagora:params:jmap:ws:ticket';

async function session(url: string, authorization?: string) {
  return fetch(`${url}/jmap/session`, { headers: authorization ? { Authorization: authorization } : {} });
}

describe('tmail-backend session', () => {
  test('advertises websocket and ticket capabilities at session and account level (F1)', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const response = await session(server.url, ALICE_BASIC);
    const json = await readSession(response);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const wsUrl = `${server.url.replace('http', 'ws')}/jmap/ws`;
    const ticketEndpoint = `${server.url}/jmap/ws/ticket`;
    const expected = {
      [WEBSOCKET]: { supportsPush: true, url: wsUrl },
      [TICKET]: { generationEndpoint: ticketEndpoint, revocationEndpoint: ticketEndpoint },
    };
    expect(json.capabilities).toMatchObject(expected);
    expect(Object.keys(json.accounts)).toEqual([F1_ACCOUNT_ID]);
    expect(json.accounts[F1_ACCOUNT_ID]?.accountCapabilities).toMatchObject(expected);
    expect(json.primaryAccounts[TICKET]).toBe(F1_ACCOUNT_ID);
    expect(json.username).toBe('alice@example.com');
    expect(json.eventSourceUrl).toBe(`${server.url}/eventSource?types={types}&closeAfter={closeafter}&ping={ping}`);
  });

  test('publicOrigin replaces the listening origin in every advertised URL', async () => {
    const server = await serve({ flavor: 'tmail-backend', publicOrigin: 'https://jmap.example.com' });
    const json = await readSession(await session(server.url, ALICE_BASIC));
    expect(json.capabilities[WEBSOCKET]?.url).toBe('wss://jmap.example.com/jmap/ws');
    expect(json.capabilities[TICKET]?.generationEndpoint).toBe('https://jmap.example.com/jmap/ws/ticket');
  });

  test('without credentials: 401, James challenge list with the Ticket realm, JSON problem', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const response = await session(server.url);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(
      `Basic realm="simple", Bearer realm="JWT", Ticket realm="${server.url}"`,
    );
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({
      type: 'about:blank',
      status: 401,
      detail: 'No valid authentication methods provided',
    });
  });

  test.each([
    ['a wrong password', 'Basic YWxpY2VAZXhhbXBsZS5jb206d3Jvbmc=', 'Wrong credentials provided'],
    ['an expired JWT', `Bearer ${ALICE_EXPIRED_JWT}`, 'Failed Jwt verification'],
    ['an unknown bearer token', 'Bearer not-a-token', 'Failed Jwt verification'],
  ])('%s: 401 without WWW-Authenticate', async (_name, authorization, detail) => {
    const server = await serve({ flavor: 'tmail-backend' });
    const response = await session(server.url, authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBeNull();
    expect(await response.json()).toEqual({ type: 'about:blank', status: 401, detail });
  });

  test.each([ALICE_JWT, SCENARIO_JWT, ALICE_OPAQUE_BASE64])('bearer token %# is accepted', async (token) => {
    const server = await serve({ flavor: 'tmail-backend' });
    expect((await session(server.url, `Bearer ${token}`)).status).toBe(200);
  });

  test('the JWT expiry follows the injected clock', async () => {
    const clock = manualClock(Date.parse('2020-09-13T00:00:00Z'));
    const server = await serve({ flavor: 'tmail-backend', clock: clock.read });
    expect((await session(server.url, `Bearer ${ALICE_EXPIRED_JWT}`)).status).toBe(200);
  });

  test('CORS: the preflight and the answer echo the page origin', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const headers = { Origin: 'http://127.0.0.1:9999', 'Access-Control-Request-Headers': 'authorization' };
    const preflight = await fetch(`${server.url}/jmap/ws/ticket`, { method: 'OPTIONS', headers });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:9999');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const answer = await fetch(`${server.url}/jmap/session`, { headers: { ...headers, Authorization: ALICE_BASIC } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:9999');
  });
});
