import { describe, expect, test } from 'vitest';
import { ALICE_JWT } from '../../server/users.ts';
import { rawRequest, upgradeHeaders } from './support/raw-http.ts';
import { ALICE_BASIC, manualClock, mintTicket, serve } from './support/servers.ts';
import { openSocket, refusedUpgrade, wsUrl } from './support/ws-client.ts';

const FORBIDDEN = { type: 'about:blank', status: 401, detail: 'User is forbidden to use this ticket' };

describe('tmail-backend WebSocket upgrade', () => {
  test('a fresh ticket upgrades with 101, Connection: upgrade and Sec-WebSocket-Protocol: jmap (F1)', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const ticket = await mintTicket(server);
    const opened = await openSocket(wsUrl(server.url, `/jmap/ws?ticket=${ticket.value}`));
    expect(opened.upgradeHeaders['sec-websocket-protocol']).toBe('jmap');
    expect(opened.upgradeHeaders.connection).toBe('upgrade');
    expect(opened.upgradeHeaders['sec-websocket-extensions']).toBeUndefined();
    expect(server.control.stats()).toMatchObject({ openSockets: 1, ticketsUsed: 1, upgradesAccepted: 1 });
    opened.socket.close();
  });

  test('a ticket is single use: the replayed URL gets 401 forbidden, application/json, no challenge (F5a)', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const ticket = await mintTicket(server);
    const url = wsUrl(server.url, `/jmap/ws?ticket=${ticket.value}`);
    (await openSocket(url)).socket.close();
    const refused = await refusedUpgrade(url);
    expect(refused.status).toBe(401);
    expect(refused.headers['content-type']).toBe('application/json');
    expect(refused.headers['www-authenticate']).toBeUndefined();
    expect(JSON.parse(refused.body)).toEqual(FORBIDDEN);
  });

  test('a non-UUID ticket: 401 "Invalid ticket passed as a query parameter"', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const refused = await refusedUpgrade(wsUrl(server.url, '/jmap/ws?ticket=abc'));
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toEqual({
      type: 'about:blank',
      status: 401,
      detail: 'Invalid ticket passed as a query parameter',
    });
  });

  test('a ticket is still valid at exactly 60 s', async () => {
    const clock = manualClock();
    const server = await serve({ flavor: 'tmail-backend', clock: clock.read });
    const ticket = await mintTicket(server);
    clock.now += 60_000;
    (await openSocket(wsUrl(server.url, `/jmap/ws?ticket=${ticket.value}`))).socket.close();
  });

  test('an expired ticket is refused and consumed by the attempt', async () => {
    const clock = manualClock();
    const server = await serve({ flavor: 'tmail-backend', clock: clock.read });
    const ticket = await mintTicket(server);
    clock.now += 60_001;
    const url = wsUrl(server.url, `/jmap/ws?ticket=${ticket.value}`);
    expect(JSON.parse((await refusedUpgrade(url)).body)).toEqual(FORBIDDEN);
    expect(server.control.stats().ticketsUsed).toBe(1);
    clock.now -= 30_000;
    expect((await refusedUpgrade(url)).status).toBe(401);
  });

  test('IP binding: a ticket minted from 127.0.0.1 fails from 127.0.0.2, and is gone afterwards', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const ticket = await mintTicket(server);
    const url = wsUrl(server.url, `/jmap/ws?ticket=${ticket.value}`);
    const refused = await refusedUpgrade(url, { localAddress: '127.0.0.2' });
    expect(JSON.parse(refused.body)).toEqual(FORBIDDEN);
    expect(server.control.requests().at(-1)?.remoteAddress).toBe('127.0.0.2');
    expect((await refusedUpgrade(url)).status).toBe(401);
  });

  test('ticketIpValidation: false accepts the ticket from another address', async () => {
    const server = await serve({ flavor: 'tmail-backend', ticketIpValidation: false });
    const ticket = await mintTicket(server);
    const url = wsUrl(server.url, `/jmap/ws?ticket=${ticket.value}`);
    (await openSocket(url, { localAddress: '127.0.0.2' })).socket.close();
  });

  test('no credentials at all: 401 with the three challenges (F5b)', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const refused = await refusedUpgrade(wsUrl(server.url, '/jmap/ws'));
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toBe(
      `Basic realm="simple", Bearer realm="JWT", Ticket realm="${server.url}"`,
    );
    expect(JSON.parse(refused.body)).toEqual({
      type: 'about:blank',
      status: 401,
      detail: 'No valid authentication methods provided',
    });
  });

  test.each([
    ['Basic', ALICE_BASIC],
    ['Bearer', `Bearer ${ALICE_JWT}`],
  ])('an Authorization: %s header also opens the socket (F4)', async (_scheme, authorization) => {
    const server = await serve({ flavor: 'tmail-backend' });
    const opened = await openSocket(wsUrl(server.url, '/jmap/ws'), { headers: { Authorization: authorization } });
    expect(opened.upgradeHeaders['sec-websocket-protocol']).toBe('jmap');
    opened.socket.close();
  });

  test('101 carries Sec-WebSocket-Protocol: jmap even when the client offered none', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const ticket = await mintTicket(server);
    const answer = await rawRequest(`${server.url}/jmap/ws?ticket=${ticket.value}`, { headers: upgradeHeaders() });
    expect(answer.status).toBe(101);
    expect(answer.values('Sec-WebSocket-Protocol')).toEqual(['jmap']);
    expect(answer.values('Sec-WebSocket-Accept')).toEqual(['s3pPLMBiTxaQ9kYGzzhZRbK+xOo=']);
  });

  test('a ticket behind a second "?" is not a ticket parameter (master concatenation onto a query)', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const ticket = await mintTicket(server);
    const refused = await refusedUpgrade(wsUrl(server.url, `/jmap/ws?tenant=a?ticket=${ticket.value}`));
    expect(JSON.parse(refused.body)).toMatchObject({ detail: 'No valid authentication methods provided' });
    expect(server.control.stats().ticketsUsed).toBe(0);
  });

  test('an authenticated GET without upgrade consumes the ticket and gets a non-101, non-401 answer', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const ticket = await mintTicket(server);
    const response = await fetch(`${server.url}/jmap/ws?ticket=${ticket.value}`);
    expect(response.status).toBe(500);
    expect(server.control.stats().ticketsUsed).toBe(1);
    expect(server.control.requests().at(-1)).toMatchObject({ upgrade: false, status: 500 });
  });

  test('an upgrade on another path is 404', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const refused = await refusedUpgrade(wsUrl(server.url, '/jmap/ws/'), { headers: { Authorization: ALICE_BASIC } });
    expect(refused.status).toBe(404);
  });
});
