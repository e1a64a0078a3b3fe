import { describe, expect, test } from 'vitest';
import { TMAIL_PUSH_ENABLE } from '../../fixtures/frames.ts';
import type { Flavor } from '../../server/server-types.ts';
import { ALICE_EXPIRED_JWT, ALICE_JWT } from '../../server/users.ts';
import { runDemo } from './support/demo-runner.ts';
import { serve } from './support/servers.ts';

const TICKET_URL = /^\/jmap\/ws\?ticket=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('demo client (TMail master, mode=upstream)', () => {
  test('against tmail-backend: mints a ticket, connects with it and no header, enables push (F1)', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const demo = runDemo(server, '?mode=upstream');
    await demo.waitFor(() => demo.kinds('sent').length > 0);
    expect(demo.kinds('open')).toEqual(['subprotocol "jmap"']);
    expect(demo.kinds('sent')).toEqual([TMAIL_PUSH_ENABLE]);
    expect(demo.kinds('connect')[0]).toMatch(/\?ticket=\[REDACTED\]$/);
    const [upgrade] = server.control.requests();
    expect(upgrade?.url).toMatch(TICKET_URL);
    expect(upgrade?.headers.map(([name]) => name.toLowerCase())).not.toContain('authorization');
    expect(upgrade?.headers).toContainEqual(['Sec-WebSocket-Protocol', 'jmap']);
    // The server may not have read the PushEnable yet when the client logs it as sent: push until one arrives.
    const pusher = setInterval(() => server.control.push(), 50);
    await demo.waitFor(() => demo.kinds('state-change').length > 0, 5_000).finally(() => clearInterval(pusher));
    demo.stop();
  });

  test.each<Flavor>(['james', 'stalwart', 'cyrus'])(
    'against %s: no ticket POST, no socket, "no push transport" (F7)',
    async (flavor) => {
      const server = await serve({ flavor });
      const demo = runDemo(server, '?mode=upstream');
      await demo.finished;
      expect(demo.kinds('no-push')[0]).toMatch(/^no push transport \(SessionMissingCapability /);
      expect(server.control.requests()).toEqual([]);
      expect(server.control.stats().ticketsMinted).toBe(0);
    },
  );

  test('a session refused with 401 also means no push transport', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const demo = runDemo(server, '?password=wrong');
    await demo.finished;
    expect(demo.kinds('session')[0]).toMatch(/→ 401$/);
    expect(demo.kinds('no-push')).toEqual(['no push transport']);
  });

  test('every close reconnects at once with a fresh ticket, and a successful open resets the retries (F6b)', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const demo = runDemo(server, '');
    for (let round = 1; round <= 5; round += 1) {
      await demo.waitFor(() => demo.kinds('open').length === round && server.control.stats().openSockets === 1);
      server.control.closeAll({ terminate: true });
    }
    await demo.waitFor(() => demo.kinds('open').length === 6);
    expect(server.control.stats().ticketsMinted).toBe(6);
    expect(demo.kinds('give-up')).toEqual([]);
    demo.stop();
  });

  test('echo=1 sends the R1 echo repeatedly and drops the Responses as "not StateChange"', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const demo = runDemo(server, '?echo=1', 15);
    await demo.waitFor(() => demo.kinds('dropped').length >= 2);
    const echoes = demo.kinds('sent').filter((text) => text.includes('Core/echo'));
    expect(new Set(echoes.map((text) => JSON.parse(text).id))).toEqual(new Set(['R1']));
    expect(demo.kinds('dropped')[0]).toBe('Data is not StateChange');
    demo.stop();
  });
});

describe('demo client (strategy-PR build)', () => {
  test('mode=access_token against Stalwart: the JWT in the URL, 401, four attempts, then it gives up (F2b, F5)', async () => {
    const server = await serve({ flavor: 'stalwart' });
    const demo = runDemo(server, `?mode=access_token&token=${ALICE_JWT}`);
    await demo.finished;
    const requests = server.control.requests();
    expect(requests.map((request) => [request.url, request.status])).toEqual(
      Array(4).fill([`/jmap/ws?access_token=${ALICE_JWT}`, 401]),
    );
    expect(demo.kinds('retry')).toHaveLength(3);
    expect(demo.kinds('give-up')).toEqual(['no retries left']);
  });

  test('mode=basic: the Dart-encoded Basic credentials in the URL (F3)', async () => {
    const server = await serve({ flavor: 'stalwart' });
    const demo = runDemo(server, '?mode=basic');
    await demo.finished;
    expect(server.control.requests()[0]?.url).toBe(
      '/jmap/ws?authorization=Basic+YWxpY2VAZXhhbXBsZS5jb206UzNjcmV0K3B3LzE%3D',
    );
  });

  test('an access token expired by connect time gives the bare URL with no credentials', async () => {
    const server = await serve({ flavor: 'stalwart', clock: () => Date.parse('2020-01-01T00:00:00Z') });
    const demo = runDemo(server, `?mode=access_token&token=${ALICE_EXPIRED_JWT}`);
    await demo.finished;
    expect(demo.kinds('warn')).toEqual(Array(4).fill('no valid access token: connecting without credentials'));
    expect(server.control.requests().map((request) => [request.url, request.status])).toEqual(
      Array(4).fill(['/jmap/ws', 401]),
    );
  });

  test('the selector still picks the ticket when the session advertises it', async () => {
    const server = await serve({ flavor: 'tmail-backend' });
    const demo = runDemo(server, `?mode=access_token&token=${ALICE_JWT}`);
    await demo.waitFor(() => demo.kinds('open').length === 1);
    expect(demo.kinds('gate')).toEqual(['strategy ticket']);
    expect(server.control.requests()[0]?.url).toMatch(TICKET_URL);
    demo.stop();
  });

  test('ws= overrides the capability URL (Cyrus host-less URL), which Cyrus then refuses without a header', async () => {
    const server = await serve({ flavor: 'cyrus' });
    const override = encodeURIComponent(`${server.url.replace('http', 'ws')}/jmap/ws/`);
    const demo = runDemo(server, `?mode=access_token&token=${ALICE_JWT}&ws=${override}`);
    await demo.finished;
    expect(server.control.requests()[0]).toMatchObject({ url: `/jmap/ws/?access_token=${ALICE_JWT}`, status: 401 });
  });
});

describe('demo static files', () => {
  test('index.html and the ES modules are served under /demo/', async () => {
    const server = await serve({ flavor: 'james' });
    const page = await fetch(`${server.url}/demo/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<script type="module" src="./tmail-demo.js">');
    for (const file of [
      'tmail-demo.js',
      'tmail-client.js',
      'tmail-gate.js',
      'tmail-frames.js',
      'tmail-url.js',
      'dart-uri.js',
    ]) {
      const script = await fetch(`${server.url}/demo/${file}`);
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await script.text()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
    }
  });

  test('/demo redirects keeping the query; other files are 404', async () => {
    const server = await serve({ flavor: 'james' });
    const redirect = await fetch(`${server.url}/demo?mode=basic`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/demo/?mode=basic');
    expect((await fetch(`${server.url}/demo/../server/users.ts`)).status).toBe(404);
    expect((await fetch(`${server.url}/demo/tmail-client.d.ts`)).status).toBe(404);
  });
});
