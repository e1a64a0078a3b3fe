import { describe, expect, test } from 'vitest';
import { ALICE_EXPIRED_JWT, ALICE_JWT, ALICE_OPAQUE_BASE64 } from '../../server/users.ts';
import { type RawResponse, rawRequest, upgradeHeaders } from './support/raw-http.ts';
import { ALICE_BASIC, serve } from './support/servers.ts';
import { readSession } from './support/session-shape.ts';
import { openSocket, refusedUpgrade, wsUrl } from './support/ws-client.ts';

const WEBSOCKET = 'urn:ietf:params:jmap:websocket';
const KEY = 'Sec-WebSocket-Key: AQIDBAUGBwgJCgsMDQ4PEA==';
const VERSION = 'Sec-WebSocket-Version: 13';
const AUTH = `Authorization: ${ALICE_BASIC}`;
const UNAUTHORIZED = {
  type: 'about:blank',
  status: 401,
  title: 'Unauthorized',
  detail: 'You have to authenticate first.',
};
const UPGRADE_FAILED = {
  type: 'about:blank',
  status: 400,
  title: 'Invalid parameters',
  detail: 'WebSocket upgrade failed',
};

function expectUnauthorized(answer: RawResponse): void {
  expect(answer.status).toBe(401);
  expect(answer.values('WWW-Authenticate')).toEqual([
    'Bearer realm="Stalwart Server", resource_metadata="/.well-known/oauth-protected-resource"',
    'Basic realm="Stalwart Server"',
  ]);
  expect(answer.values('Content-Type')).toEqual(['application/problem+json']);
  expect(answer.json()).toEqual(UNAUTHORIZED);
}

describe('Stalwart session', () => {
  test('websocket capability at session level, {} per account, no ticket capability (F2)', async () => {
    const server = await serve({ flavor: 'stalwart' });
    const response = await fetch(`${server.url}/jmap/session`, { headers: { Authorization: ALICE_BASIC } });
    const json = await readSession(response);
    expect(json.capabilities[WEBSOCKET]).toEqual({
      url: `${server.url.replace('http', 'ws')}/jmap/ws`,
      supportsPush: true,
    });
    expect(json.capabilities['com:linagora:params:jmap:ws:ticket']).toBeUndefined();
    expect(Object.keys(json.accounts)).toEqual(['b']);
    expect(json.accounts.b?.accountCapabilities[WEBSOCKET]).toEqual({});
    expect(json.apiUrl).toBe(`${server.url}/jmap/`);
  });

  test('the session without a header is the problem+json 401', async () => {
    const server = await serve({ flavor: 'stalwart' });
    expectUnauthorized(await rawRequest(`${server.url}/jmap/session`));
  });
});

describe('Stalwart authentication (header only, before the upgrade checks)', () => {
  test.each([
    ['no header, access_token in the query (F5c)', `/jmap/ws?access_token=${ALICE_JWT}`, []],
    ['no header, a ticket in the query', '/jmap/ws?ticket=6f1c2b9e-8d4a-4c7e-9b1a-2f3e4d5c6b7a', []],
    [
      'a raw "Basic+…%3D" copied by a proxy (F3 outcome B)',
      '/jmap/ws',
      ['Authorization: Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D'],
    ],
    ['a wrong password', '/jmap/ws', ['Authorization: Basic YWxpY2VAZXhhbXBsZS5jb206d3Jvbmc=']],
    ['an expired JWT', '/jmap/ws', [`Authorization: Bearer ${ALICE_EXPIRED_JWT}`]],
    ['an unsupported mechanism', '/jmap/ws', ['Authorization: Digest abc']],
  ])('%s → 401', async (_name, path, extra) => {
    const server = await serve({ flavor: 'stalwart' });
    expectUnauthorized(await rawRequest(`${server.url}${path}`, { headers: upgradeHeaders(...extra) }));
  });

  test.each([
    ['Basic (decoded by the proxy, F3 outcome A)', ALICE_BASIC],
    ['Bearer JWT (F2)', `Bearer ${ALICE_JWT}`],
    ['Bearer standard-base64 token', `Bearer ${ALICE_OPAQUE_BASE64}`],
    ['lowercase scheme', ALICE_BASIC.replace('Basic', 'basic')],
  ])('%s → 101', async (_name, authorization) => {
    const server = await serve({ flavor: 'stalwart' });
    const answer = await rawRequest(`${server.url}/jmap/ws`, {
      headers: upgradeHeaders(`Authorization: ${authorization}`),
    });
    expect(answer.status).toBe(101);
  });

  test('a plain GET: 401 unauthenticated, 400 "WebSocket upgrade failed" authenticated (F6)', async () => {
    const server = await serve({ flavor: 'stalwart' });
    expectUnauthorized(await rawRequest(`${server.url}/jmap/ws`));
    const answer = await rawRequest(`${server.url}/jmap/ws`, { headers: [AUTH] });
    expect(answer.status).toBe(400);
    expect(answer.values('Content-Type')).toEqual(['application/problem+json']);
    expect(answer.json()).toEqual(UPGRADE_FAILED);
  });
});

describe('Stalwart upgrade checks', () => {
  const cases: [string, string[], number, number][] = [
    ['Connection: Upgrade', ['Connection: Upgrade', 'Upgrade: websocket', KEY, VERSION], 101, 101],
    [
      'Connection: upgrade (nginx lowercase, F2c)',
      ['Connection: upgrade', 'Upgrade: websocket', KEY, VERSION],
      101,
      400,
    ],
    ['Firefox keep-alive, Upgrade', ['Connection: keep-alive, Upgrade', 'Upgrade: websocket', KEY, VERSION], 101, 400],
    ['Upgrade: WebSocket', ['Connection: Upgrade', 'Upgrade: WebSocket', KEY, VERSION], 101, 400],
    ['no Sec-WebSocket-Key', ['Connection: Upgrade', 'Upgrade: websocket', VERSION], 400, 400],
    [
      'Sec-WebSocket-Version: 8',
      ['Connection: Upgrade', 'Upgrade: websocket', KEY, 'Sec-WebSocket-Version: 8'],
      400,
      400,
    ],
    ['Connection without upgrade', ['Connection: keep-alive', 'Upgrade: websocket', KEY, VERSION], 400, 400],
  ];

  test.each(cases)('%s → %i (0.16.6+), %i (before)', async (_name, headers, current, old) => {
    const modern = await serve({ flavor: 'stalwart' });
    const legacy = await serve({ flavor: 'stalwart', stalwartCaseSensitiveUpgrade: true });
    const modernAnswer = await rawRequest(`${modern.url}/jmap/ws`, { headers: [...headers, AUTH] });
    const legacyAnswer = await rawRequest(`${legacy.url}/jmap/ws`, { headers: [...headers, AUTH] });
    expect([modernAnswer.status, legacyAnswer.status]).toEqual([current, old]);
    if (old === 400) expect(legacyAnswer.json()).toEqual(UPGRADE_FAILED);
  });

  test('101: Connection: upgrade, jmap even when not offered, no extensions even when offered', async () => {
    const server = await serve({ flavor: 'stalwart' });
    const answer = await rawRequest(`${server.url}/jmap/ws`, {
      headers: upgradeHeaders(AUTH, 'Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits'),
    });
    expect(answer.status).toBe(101);
    expect(answer.values('Connection')).toEqual(['upgrade']);
    expect(answer.values('Sec-WebSocket-Protocol')).toEqual(['jmap']);
    expect(answer.values('Sec-WebSocket-Extensions')).toEqual([]);
  });

  test('a ws client with the header opens; without it the upgrade is refused with 401', async () => {
    const server = await serve({ flavor: 'stalwart' });
    const opened = await openSocket(wsUrl(server.url, '/jmap/ws'), { headers: { Authorization: ALICE_BASIC } });
    expect(opened.socket.protocol).toBe('jmap');
    opened.socket.close();
    expect((await refusedUpgrade(wsUrl(server.url, `/jmap/ws?access_token=${ALICE_JWT}`))).status).toBe(401);
  });
});
