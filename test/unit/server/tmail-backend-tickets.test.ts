import { describe, expect, test } from 'vitest';
import { ALICE_BASIC, BOB_BASIC, manualClock, mintTicket, serve } from './support/servers.ts';
import { refusedUpgrade, wsUrl } from './support/ws-client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('tmail-backend ticket routes', () => {
  test('POST mints a UUID ticket bound to the TCP peer, valid for 60 s', async () => {
    const clock = manualClock();
    const server = await serve({ flavor: 'tmail-backend', clock: clock.read });
    const response = await fetch(`${server.url}/jmap/ws/ticket`, {
      method: 'POST',
      headers: { Authorization: ALICE_BASIC },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const ticket = (await response.json()) as Record<string, string>;
    expect(Object.keys(ticket)).toEqual(['value', 'clientAddress', 'generatedOn', 'validUntil', 'username']);
    expect(ticket.value).toMatch(UUID);
    expect(ticket).toMatchObject({
      clientAddress: '127.0.0.1',
      generatedOn: '2026-08-20T09:00:00.000Z',
      validUntil: '2026-08-20T09:01:00.000Z',
      username: 'alice@example.com',
    });
    expect(server.control.stats().ticketsMinted).toBe(1);
  });

  test('POST without credentials is a 401 like any James route', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const response = await fetch(`${server.url}/jmap/ws/ticket`, { method: 'POST' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Ticket realm=');
  });

  test('DELETE revokes with 204; a revoked ticket no longer opens a socket', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const ticket = await mintTicket(server);
    const revoke = await fetch(`${server.url}/jmap/ws/ticket/${ticket.value}`, {
      method: 'DELETE',
      headers: { Authorization: ALICE_BASIC },
    });
    expect(revoke.status).toBe(204);
    expect(server.control.stats().ticketsRevoked).toBe(1);
    const refused = await refusedUpgrade(wsUrl(server.url, `/jmap/ws?ticket=${ticket.value}`));
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toMatchObject({ detail: 'User is forbidden to use this ticket' });
  });

  test("DELETE of another user's ticket is 403", async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const ticket = await mintTicket(server);
    const response = await fetch(`${server.url}/jmap/ws/ticket/${ticket.value}`, {
      method: 'DELETE',
      headers: { Authorization: BOB_BASIC },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      type: 'about:blank',
      status: 403,
      detail: 'Using ticket other accounts is forbidden',
    });
  });

  test('DELETE of a non-UUID is HTTP 403 whose body says status 400', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const response = await fetch(`${server.url}/jmap/ws/ticket/not-a-uuid`, {
      method: 'DELETE',
      headers: { Authorization: ALICE_BASIC },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ status: 400 });
  });

  test('a ticket authenticates any JMAP route, and is consumed by it', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const ticket = await mintTicket(server);
    expect((await fetch(`${server.url}/jmap/session?ticket=${ticket.value}`)).status).toBe(200);
    expect((await fetch(`${server.url}/jmap/session?ticket=${ticket.value}`)).status).toBe(401);
  });
});
