import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { JmapServer } from '../../server/server-types.ts';
import { ALICE, ALICE_JWT, basicCredentials } from '../../server/users.ts';
import { serve } from '../server/support/servers.ts';
import { runMain } from './cli-harness.ts';

const BASIC = `${ALICE.username}:${ALICE.password}`;
const SECRETS = [ALICE_JWT, ALICE.password, basicCredentials(ALICE), encodeURIComponent(basicCredentials(ALICE))];
const timers: ReturnType<typeof setInterval>[] = [];

afterEach(() => {
  for (const timer of timers.splice(0)) clearInterval(timer);
});

/** Makes the server push a change every 100 ms, as mail arriving would. */
function keepPushing(server: JmapServer): void {
  timers.push(setInterval(() => server.control.push({ username: ALICE.username }), 100));
}

const wsUrl = (server: JmapServer) => `${server.url.replace('http', 'ws')}/jmap/ws`;

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

/** A port nothing listens on: bound, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('probe against the JMAP test server', () => {
  it('header transport: 101, PushEnable, a StateChange; the token comes from the environment and is never printed', async () => {
    const server = await serve({ flavor: 'stalwart' });
    keepPushing(server);
    const result = await runMain(['probe', wsUrl(server), '--wait', '5'], {
      env: { JMAP_PUSH_INSPECTOR_BEARER: ALICE_JWT },
    });
    expect(result.stdout).toContain('Outcome: push works');
    expect(result.stdout).toContain('HTTP 101');
    expect(result.stdout).toContain('Subprotocol:  jmap');
    expect(result.code).toBe(0);
    const upgrade = server.control.requests().find((request) => request.upgrade);
    expect(upgrade?.headers).toContainEqual(['Authorization', `Bearer ${ALICE_JWT}`]);
    expectNoSecret(result.stdout + result.stderr);
  });

  it.each([
    ['query-access-token', { JMAP_PUSH_INSPECTOR_BEARER: ALICE_JWT }, /\?access_token=\[REDACTED:[0-9a-f]{6}\]/],
    ['query-authorization', { JMAP_PUSH_INSPECTOR_BASIC: BASIC }, /\?authorization=Basic\+\[REDACTED:[0-9a-f]{6}\]/],
  ])(
    '--transport %s: Stalwart reads headers only, a refused 401 exits 1 with its cause, no secret printed',
    async (transport, env, url) => {
      const server = await serve({ flavor: 'stalwart' });
      const refused = await runMain(['probe', wsUrl(server), '--transport', transport, '--wait', '2'], { env });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('Outcome: refused');
      expect(refused.stdout).toContain('HTTP 401');
      expect(refused.stdout).toContain('(auth-header-missing)');
      expect(refused.stdout).toMatch(url);
      const upgrade = server.control.requests().find((request) => request.upgrade);
      expect(upgrade?.headers.some(([name]) => name.toLowerCase() === 'authorization')).toBe(false);
      expectNoSecret(refused.stdout + refused.stderr);
    },
  );

  it('ticket transport: mints at the generation endpoint, then connects with ?ticket=', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    keepPushing(server);
    const result = await runMain(
      ['probe', wsUrl(server), '--basic', BASIC, '--ticket-from', `${server.url}/jmap/ws/ticket`, '--wait', '5'],
      {},
    );
    expect(result.stdout).toContain('Outcome: push works');
    expect(result.stdout).toMatch(/\?ticket=\[REDACTED:[0-9a-f]{6}\]/);
    expect(server.control.stats().ticketsMinted).toBe(1);
    expect(result.code).toBe(0);
    expectNoSecret(result.stdout + result.stderr);
  });

  it('through --via: the socket goes to the proxy origin with the target path', async () => {
    const server = await serve({ flavor: 'stalwart' });
    const result = await runMain(
      ['probe', 'wss://mail.example.invalid/jmap/ws', '--via', server.url.replace('http', 'ws'), '--wait', '1'],
      { env: { JMAP_PUSH_INSPECTOR_BEARER: ALICE_JWT } },
    );
    expect(result.stdout).toContain('HTTP 101');
    expect(result.code).toBe(0);
    expect(server.control.requests().some((request) => request.upgrade && request.url === '/jmap/ws')).toBe(true);
  });

  it('an unreachable port exits 1 and names the cause', async () => {
    const port = await freePort();
    const result = await runMain(['probe', `ws://127.0.0.1:${port}/jmap/ws`, '--wait', '2']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Outcome: unreachable');
    expect(result.stdout).toContain('net::ERR_CONNECTION_REFUSED');
    expect(result.stdout).toContain('(server-unreachable)');
  });
});

describe('probe usage', () => {
  it.each([
    [[], 'which WebSocket URL'],
    [['http://x/'], 'must be a ws:// or wss:// URL'],
    [['ws://x/', '--bearer', 't', '--basic', 'a:b'], 'not both'],
    [['ws://x/', '--transport', 'pigeon'], 'unknown transport'],
    [['ws://x/', '--transport', 'header'], 'needs --bearer'],
    [['ws://x/', '--bearer', 't', '--transport', 'ticket'], 'needs --ticket-from'],
    [['ws://x/', '--wait', '0'], '--wait must be'],
    [['ws://x/', '--basic', 'a:b', '--transport', 'query-access-token'], 'bare Bearer token'],
    [['ws://x/', '--basic', 'nocolon'], 'must be user:password'],
  ])('%j: one line, exit 2', async (args, message) => {
    const result = await runMain(['probe', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--help names the Host sent through --via and the environment variables', async () => {
    const result = await runMain(['probe', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the Host header is then the proxy');
    expect(result.stdout).toContain('JMAP_PUSH_INSPECTOR_BEARER');
  });
});
