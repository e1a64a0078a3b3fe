import { describe, expect, test } from 'vitest';
import { TMAIL_PUSH_ENABLE } from '../../fixtures/frames.ts';
import type { PushResult, RecordedRequest } from '../../server/server-types.ts';
import { rawRequest, upgradeHeaders } from './support/raw-http.ts';
import { ALICE_BASIC, BOB_BASIC, mintTicket, serve } from './support/servers.ts';
import { isSyncResponse, openSocket, refusedUpgrade, wsUrl } from './support/ws-client.ts';

async function post(url: string, body: unknown) {
  return fetch(url, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
}

describe('control endpoints', () => {
  test('POST /control/push notifies only the matching user', async () => {
    const server = await serve({ flavor: 'james' });
    const alice = await openSocket(wsUrl(server.url, '/jmap/ws'), { headers: { Authorization: ALICE_BASIC } });
    const bob = await openSocket(wsUrl(server.url, '/jmap/ws'), { headers: { Authorization: BOB_BASIC } });
    alice.socket.send(TMAIL_PUSH_ENABLE);
    bob.socket.send(TMAIL_PUSH_ENABLE);
    expect(isSyncResponse(await alice.settle())).toBe(true);
    expect(isSyncResponse(await bob.settle())).toBe(true);
    const response = await post(`${server.url}/control/push`, { username: 'bob@example.com', types: ['Mailbox'] });
    const result = (await response.json()) as PushResult;
    expect(result).toMatchObject({ username: 'bob@example.com', delivered: 1 });
    expect(Object.keys(JSON.parse(await bob.next()).changed)).toHaveLength(1);
    expect(isSyncResponse(await alice.settle())).toBe(true);
  });

  test('POST /control/close closes every socket with the given code and reason', async () => {
    const server = await serve({ flavor: 'stalwart' });
    const opened = await openSocket(wsUrl(server.url, '/jmap/ws'), { headers: { Authorization: ALICE_BASIC } });
    const response = await post(`${server.url}/control/close`, { code: 4000, reason: 'bye' });
    expect(await response.json()).toEqual({ closed: 1 });
    expect(await opened.closed).toEqual({ code: 4000, reason: 'bye' });
  });

  test('terminate drops the TCP connection: the client sees 1006', async () => {
    const server = await serve({ flavor: 'stalwart' });
    const opened = await openSocket(wsUrl(server.url, '/jmap/ws'), { headers: { Authorization: ALICE_BASIC } });
    expect(server.control.closeAll({ terminate: true })).toBe(1);
    expect((await opened.closed).code).toBe(1006);
  });

  test('GET /control/requests records the upgrade requests exactly as received, with the answer', async () => {
    const server = await serve({ flavor: 'stalwart' });
    await rawRequest(`${server.url}/jmap/ws?access_token=abc`, {
      headers: upgradeHeaders('X-Forwarded-For: 10.0.0.5'),
    });
    await rawRequest(`${server.url}/jmap/ws`, { headers: upgradeHeaders(`authorization: ${ALICE_BASIC}`) });
    const recorded = (await (await fetch(`${server.url}/control/requests`)).json()) as RecordedRequest[];
    expect(recorded.map((entry) => [entry.url, entry.status, entry.upgrade])).toEqual([
      ['/jmap/ws?access_token=abc', 401, true],
      ['/jmap/ws', 101, true],
    ]);
    expect(recorded[0]?.headers).toContainEqual(['X-Forwarded-For', '10.0.0.5']);
    expect(recorded[1]?.headers).toContainEqual(['authorization', ALICE_BASIC]);
    expect(recorded[0]).toMatchObject({ method: 'GET', httpVersion: '1.1', remoteAddress: '127.0.0.1' });
    expect((await fetch(`${server.url}/control/requests`, { method: 'DELETE' })).status).toBe(204);
    expect(server.control.requests()).toEqual([]);
  });

  test('GET /control/stats counts sockets, upgrades and tickets', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const ticket = await mintTicket(server);
    const opened = await openSocket(wsUrl(server.url, `/jmap/ws?ticket=${ticket.value}`));
    await refusedUpgrade(wsUrl(server.url, `/jmap/ws?ticket=${ticket.value}`));
    const stats = await (await fetch(`${server.url}/control/stats`)).json();
    expect(stats).toEqual({
      openSockets: 1,
      upgradesAccepted: 1,
      upgradesRejected: 1,
      ticketsMinted: 1,
      ticketsUsed: 1,
      ticketsRevoked: 0,
    });
    opened.socket.close();
  });

  test('unknown control routes are 404, bad JSON is 400, and control needs no auth', async () => {
    const server = await serve({ flavor: 'cyrus' });
    expect((await fetch(`${server.url}/control/nope`)).status).toBe(404);
    const bad = await fetch(`${server.url}/control/push`, { method: 'POST', body: '{' });
    expect(bad.status).toBe(400);
    expect((await post(`${server.url}/control/push`, {})).status).toBe(200);
  });

  test('each flavor is its own server with its own state', async () => {
    const first = await serve({ flavor: 'tmail-backend' });
    const second = await serve({ flavor: 'tmail-backend' });
    await mintTicket(first);
    expect(first.url).not.toBe(second.url);
    expect(second.control.stats().ticketsMinted).toBe(0);
  });
});
