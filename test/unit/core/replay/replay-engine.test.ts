import { describe, expect, test, vi } from 'vitest';
import { analyzeConnection } from '../../../../src/core/analysis/analyze-connection.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import type { EndpointProfile } from '../../../../src/core/replay/endpoint-profile.ts';
import { type ReplayOptions, startReplay } from '../../../../src/core/replay/replay-engine.ts';
import { type PlanOptions, planReplay } from '../../../../src/core/replay/replay-plan.ts';
import { mintRequest } from '../../../../src/core/replay/replay-ticket.ts';
import { TMAIL_ECHO_REQUEST, TMAIL_PUSH_ENABLE } from '../../../fixtures/frames.ts';
import { F1_CREATED_AT } from '../../../fixtures/handshakes.ts';
import { STALWART } from '../../../fixtures/scenario-builders.ts';
import { F1_TICKET_OK, F2_OLD_TOKEN_RAW_COPY, F2_TOKEN_PROXY_OK } from '../../../fixtures/scenario-connections.ts';
import { SCENARIO_JWT, STALWART_OPAQUE_TOKEN } from '../../../fixtures/secrets.ts';
import { FakeClock } from './support/fake-clock.ts';
import { fakeSocketFactory, jmapAnswers, type ServerScript } from './support/fake-server.ts';

const T0 = F1_CREATED_AT + 10 * 3_600_000;
const ORIGIN: EndpointProfile = {
  name: 'origin',
  url: 'wss://mail.example.org/jmap/ws',
  transport: 'header',
  encoding: 'form',
  extraParams: [],
  subprotocols: ['jmap'],
};
const BEARER = { scheme: 'Bearer', value: SCENARIO_JWT } as const;
const HOSTS = ['mail.example.org', 'proxy.example.org', 'jmap.example.com'];
const STALWART_401 = {
  kind: 'refuse',
  status: 401,
  headers: [
    { name: 'WWW-Authenticate', value: 'Bearer realm="Stalwart Server"' },
    { name: 'WWW-Authenticate', value: 'Basic realm="Stalwart Server"' },
    { name: 'Content-Type', value: 'application/problem+json' },
  ],
  body: '{"type":"about:blank","status":401,"title":"Unauthorized","detail":"You have to authenticate first."}',
} as const;

function setup(
  script: ServerScript,
  options: Partial<ReplayOptions> & { planOptions?: PlanOptions; capture?: ConnectionRecord } = {},
) {
  const clock = new FakeClock(T0);
  const { factory, sockets } = fakeSocketFactory(clock, script);
  const planned = planReplay(options.capture ?? F2_TOKEN_PROXY_OK, options.planOptions);
  if (!planned.ok) throw new Error(planned.errors.join());
  const updates: ConnectionRecord[] = [];
  const handle = startReplay({
    id: 'replay-1',
    plan: planned.plan,
    profile: ORIGIN,
    credential: BEARER,
    configuredHosts: HOSTS,
    socketFactory: factory,
    clock,
    onUpdate: (record) => updates.push(record),
    ...options,
  });
  return { clock, sockets, handle, updates };
}

/** A replay of F2 on a socket factory written by the test itself. */
function startWith(
  clock: FakeClock,
  socketFactory: ReplayOptions['socketFactory'],
  extra: Partial<ReplayOptions> = {},
  planOptions: PlanOptions = {},
) {
  const planned = planReplay(F2_TOKEN_PROXY_OK, planOptions);
  if (!planned.ok) throw new Error(planned.errors.join());
  return startReplay({
    id: 'r',
    plan: planned.plan,
    profile: ORIGIN,
    credential: BEARER,
    configuredHosts: HOSTS,
    clock,
    socketFactory,
    ...extra,
  });
}

describe('startReplay: a connection that works', () => {
  test('header transport: opens, sends PushEnable, gets the push, closes, and records it all like a live capture', async () => {
    const { clock, sockets, handle, updates } = setup({
      handshake: () => ({ kind: 'open' }),
      answer: jmapAnswers(200),
    });
    await clock.advance(5000);
    const result = await handle.done;
    expect(result.reason).toBe('answered');
    expect(sockets[0]?.request).toEqual({
      url: ORIGIN.url,
      protocols: ['jmap'],
      authorization: `Bearer ${SCENARIO_JWT}`,
    });
    const record = result.record as ConnectionRecord;
    expect(record).toMatchObject({
      id: 'replay-1',
      createdAt: T0,
      openAt: T0 + 30,
      handshake: {
        url: ORIGIN.url,
        protocols: ['jmap'],
        status: 101,
        chosenProtocol: 'jmap',
        requestHeaders: [{ name: 'Authorization', value: `Bearer ${SCENARIO_JWT}` }],
        requestHeadersPartial: true,
      },
      close: { code: 1000, reason: 'replay finished', wasClean: true },
    });
    expect(record.frames.map((frame) => [frame.id, frame.dir, frame.at - T0])).toEqual([
      [1, 'sent', 30],
      [2, 'received', 230],
    ]);
    const analysis = analyzeConnection(record, { session: STALWART });
    expect(analysis.auth.strategy).toBe('header-bearer');
    expect(analysis.causes).toEqual([]);
    expect(analysis.push).toMatchObject({ enabled: true, stateChanges: 1 });
    expect(updates.at(-1)).toEqual(record);
    expect(updates.length).toBeGreaterThan(3);
  });

  test('original timing: the frames leave at the captured gaps; answers end the run early', async () => {
    const { clock, handle } = setup(
      { handshake: () => ({ kind: 'open' }), answer: jmapAnswers(5) },
      { capture: F1_TICKET_OK, planOptions: { mode: 'original-timing' } },
    );
    await clock.advance(60_000);
    const record = (await handle.done).record as ConnectionRecord;
    const sent = record.frames.filter((frame) => frame.dir === 'sent').map((frame) => frame.at - (record.openAt ?? 0));
    expect(sent).toEqual([100, 10_100, 20_100]);
    expect((await handle.done).reason).toBe('answered');
  });

  test('a server that never pushes: the run waits out the response timeout', async () => {
    const { clock, handle } = setup(
      { handshake: () => ({ kind: 'open' }), answer: jmapAnswers(undefined) },
      { planOptions: { waitMs: 4000 } },
    );
    await clock.advance(10_000);
    const result = await handle.done;
    expect(result.reason).toBe('waited');
    expect((result.record?.closedAt ?? 0) - (result.record?.openAt ?? 0)).toBe(4001);
  });

  test('a short wait still keeps the socket open past the "closed right after the upgrade" window (that would be ours)', async () => {
    const { clock, handle } = setup(
      { handshake: () => ({ kind: 'open' }), answer: jmapAnswers(undefined) },
      { planOptions: { waitMs: 100 } },
    );
    await clock.advance(10_000);
    const record = (await handle.done).record as ConnectionRecord;
    expect((record.closedAt ?? 0) - (record.openAt ?? 0)).toBe(1502);
    expect(analyzeConnection(record, { session: STALWART }).causes).toEqual([]);
  });
});

describe('startReplay: failures, recorded for the diagnosis', () => {
  test('a proxy that copies the encoded token raw: 401, diagnosed exactly like the live F2 capture', async () => {
    const { clock, handle } = setup(
      { handshake: () => STALWART_401 },
      {
        profile: {
          ...ORIGIN,
          url: 'wss://mail.example.org/jmap/ws',
          transport: 'query-access-token',
          encoding: 'percent',
        },
        credential: { scheme: 'Bearer', value: STALWART_OPAQUE_TOKEN },
      },
    );
    await clock.advance(5000);
    const result = await handle.done;
    expect(result.reason).toBe('closed');
    const record = result.record as ConnectionRecord;
    expect(record.handshake).toMatchObject({ url: F2_OLD_TOKEN_RAW_COPY.handshake.url, status: 401 });
    expect(record.openAt).toBeUndefined();
    const causes = (connection: ConnectionRecord) =>
      analyzeConnection(connection, { session: STALWART }).causes.map((cause) => cause.id);
    expect(causes(record)).toEqual(causes(F2_OLD_TOKEN_RAW_COPY));
    expect(causes(record)).toEqual(['credential-not-decoded', 'auth-header-missing']);
  });

  test('no answer to the handshake: a connect timeout, diagnosed as unreachable', async () => {
    const { clock, handle } = setup(
      { handshake: () => ({ kind: 'silent' }) },
      { planOptions: { connectTimeoutMs: 3000 } },
    );
    await clock.advance(10_000);
    const result = await handle.done;
    expect(result.reason).toBe('connect-timeout');
    expect(result.record?.handshake.error).toBe('replay timeout: no handshake answer within 3000 ms');
    expect(analyzeConnection(result.record as ConnectionRecord).causes.map((cause) => cause.id)).toContain(
      'server-unreachable',
    );
  });

  test('a proxy that cuts idle tunnels at 60 s: watch mode sees the cut, diagnosed as idle-timeout', async () => {
    const { clock, handle } = setup(
      { handshake: () => ({ kind: 'open' }), answer: jmapAnswers(undefined), idleCutMs: 60_000 },
      { planOptions: { mode: 'watch', waitMs: 120_000 } },
    );
    await clock.advance(200_000);
    const result = await handle.done;
    expect(result.reason).toBe('closed');
    expect(result.record?.close).toEqual({ code: 1006, reason: '', wasClean: false });
    const analysis = analyzeConnection(result.record as ConnectionRecord, { session: STALWART });
    expect(analysis.causes.map((cause) => cause.id)).toEqual(['idle-timeout']);
  });

  test('a network error before any HTTP answer is kept as the handshake error', async () => {
    const { clock, handle } = setup({
      handshake: () => ({ kind: 'network-error', error: 'net::ERR_CONNECTION_REFUSED' }),
    });
    await clock.advance(5000);
    const result = await handle.done;
    expect(result.record?.handshake.error).toBe('net::ERR_CONNECTION_REFUSED');
    expect(result.record?.errorAt).toBe(T0 + 30);
  });

  test('a socket factory that throws (a URL the browser refuses) ends the run with that error', async () => {
    const clock = new FakeClock(T0);
    const handle = startWith(clock, () => {
      throw new SyntaxError('The URL is invalid.');
    });
    const result = await handle.done;
    expect(result.record).toMatchObject({ errorAt: T0, handshake: { error: 'The URL is invalid.' } });
    expect(clock.pending).toBe(0);
  });
});

describe('startReplay: the credential guard and the URL come first', () => {
  test('a host the user did not configure: nothing is opened', async () => {
    const { handle, sockets } = setup({ handshake: () => ({ kind: 'open' }) }, { configuredHosts: ['other.example'] });
    const result = await handle.done;
    expect(result).toMatchObject({ reason: 'refused', guard: { decision: 'deny' } });
    expect(result.record).toBeUndefined();
    expect(sockets).toEqual([]);
  });

  test('plain ws:// with a credential runs only once confirmed', async () => {
    const profile = { ...ORIGIN, url: 'ws://mail.example.org/jmap/ws' };
    const refused = setup({ handshake: () => ({ kind: 'open' }) }, { profile });
    expect(await refused.handle.done).toMatchObject({
      reason: 'refused',
      detail: expect.stringContaining('plain ws://'),
    });
    const confirmed = setup(
      { handshake: () => ({ kind: 'open' }), answer: jmapAnswers(10) },
      { profile, confirmed: true },
    );
    await confirmed.clock.advance(5000);
    expect((await confirmed.handle.done).reason).toBe('answered');
  });

  test('a URL that cannot be built (raw encoding of a value with "&") is invalid', async () => {
    const profile = { ...ORIGIN, transport: 'query-access-token', encoding: 'raw' } as const;
    const { handle } = setup(
      { handshake: () => ({ kind: 'open' }) },
      { profile, credential: { scheme: 'Bearer', value: 'a&b' } },
    );
    expect(await handle.done).toMatchObject({ reason: 'invalid', detail: expect.stringContaining('raw encoding') });
  });
});

describe('startReplay: ticket transport', () => {
  const profile: EndpointProfile = { ...ORIGIN, url: 'wss://jmap.example.com/jmap/ws', transport: 'ticket' };
  const mintUrl = 'https://jmap.example.com/jmap/ws/ticket';

  test('every attempt mints its own ticket with the credential, and the record carries the mint', async () => {
    let minted = 0;
    const mintTicket = vi.fn(async () => {
      minted += 1;
      const value = `0c0ffee0-0000-4000-8000-00000000000${minted}`;
      return { at: T0, url: mintUrl, status: 200, authScheme: 'Bearer', ticket: { value, clientAddress: '10.0.0.5' } };
    });
    for (const attempt of [1, 2]) {
      const { clock, handle, sockets } = setup(
        { handshake: () => ({ kind: 'open' }), answer: jmapAnswers(50) },
        { profile, mintUrl, mintTicket },
      );
      await clock.advance(5000);
      const result = await handle.done;
      expect(sockets[0]?.request.url).toBe(
        `wss://jmap.example.com/jmap/ws?ticket=0c0ffee0-0000-4000-8000-00000000000${attempt}`,
      );
      expect(result.record?.ticketMint?.ticket?.value).toBe(`0c0ffee0-0000-4000-8000-00000000000${attempt}`);
    }
    expect(mintTicket).toHaveBeenCalledTimes(2);
    expect(mintTicket).toHaveBeenCalledWith(mintRequest(mintUrl, BEARER));
  });

  test('a refused mint, a mint with no answer, or no minter: nothing is opened', async () => {
    const refusedMint = async () => ({ at: T0, url: mintUrl, status: 401 });
    const noAnswer = async () => {
      throw new TypeError('Failed to fetch');
    };
    const cases = [
      [refusedMint, 'the ticket mint answered HTTP 401 without a ticket'],
      [noAnswer, 'the ticket mint got no answer: Failed to fetch'],
      [undefined, 'the ticket transport needs a credential, the generationEndpoint and a ticket minter'],
    ] as const;
    for (const [mintTicket, detail] of cases) {
      const { handle, sockets } = setup({ handshake: () => ({ kind: 'open' }) }, { profile, mintUrl, mintTicket });
      expect(await handle.done).toEqual({ reason: 'mint-failed', detail });
      expect(sockets).toEqual([]);
    }
  });

  test('stopped while the ticket is being minted: nothing is opened', async () => {
    const mintTicket = async () => ({
      at: T0,
      url: mintUrl,
      status: 200,
      ticket: { value: '0c0ffee0-0000-4000-8000-000000000009' },
    });
    const { handle, sockets } = setup({ handshake: () => ({ kind: 'open' }) }, { profile, mintUrl, mintTicket });
    handle.stop();
    expect(await handle.done).toEqual({ reason: 'stopped', detail: 'stopped before the socket opened' });
    expect(sockets).toEqual([]);
  });
});

describe('startReplay: the user drives an open replay', () => {
  test('an edited frame is validated before it is sent; stop closes with 1000', async () => {
    const { clock, handle, sockets } = setup(
      { handshake: () => ({ kind: 'open' }), answer: jmapAnswers(undefined) },
      { planOptions: { mode: 'watch', waitMs: 60_000 } },
    );
    expect(handle.send(TMAIL_ECHO_REQUEST)).toEqual({ ok: false, error: 'The replay connection is not open.' });
    await clock.advance(100);
    expect(handle.send('{"@type":"Response"}')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Not a JMAP client message'),
    });
    expect(handle.send(TMAIL_ECHO_REQUEST)).toMatchObject({ ok: true, message: { type: 'Request' } });
    await clock.advance(100);
    handle.stop();
    await clock.advance(100);
    const result = await handle.done;
    expect(sockets[0]?.sent).toEqual([TMAIL_PUSH_ENABLE, TMAIL_ECHO_REQUEST]);
    expect(result.reason).toBe('stopped');
    expect(result.record?.frames.map((frame) => frame.dir)).toEqual(['sent', 'sent', 'received']);
    expect(result.record?.close).toEqual({ code: 1000, reason: 'replay finished', wasClean: true });
  });

  test('a throwing onUpdate callback ends the run instead of leaving it pending', async () => {
    const { handle, sockets } = setup(
      { handshake: () => ({ kind: 'open' }) },
      {
        onUpdate: () => {
          throw new Error('render failed');
        },
      },
    );
    expect(await handle.done).toEqual({ reason: 'invalid', detail: 'the replay failed: render failed' });
    expect(sockets[0]?.closedWith).toEqual([1000, 'replay finished']);
  });

  test('handshake details that arrive after the close are merged while settling', async () => {
    const clock = new FakeClock(T0);
    let late: (() => void) | undefined;
    const handle = startWith(
      clock,
      (_request, listener) => {
        clock.setTimeout(() => {
          listener.error('');
          listener.close({ code: 1006, reason: '', wasClean: false });
        }, 20);
        late = () => listener.handshake({ status: 401, statusLine: 'HTTP/1.1 401 Unauthorized' });
        return { send: () => undefined, close: () => undefined };
      },
      { settleMs: 500 },
    );
    await clock.advance(100);
    late?.();
    await clock.advance(1000);
    expect((await handle.done).record?.handshake).toMatchObject({
      status: 401,
      statusLine: 'HTTP/1.1 401 Unauthorized',
    });
  });

  test('a socket that never reports its close still ends, with an end time and no close code', async () => {
    const clock = new FakeClock(T0);
    const handle = startWith(
      clock,
      (_request, listener) => {
        clock.setTimeout(() => listener.open({ protocol: 'jmap', extensions: 'permessage-deflate' }), 10);
        return { send: () => undefined, close: () => undefined };
      },
      { closeGraceMs: 300 },
      { waitMs: 2000 },
    );
    await clock.advance(10_000);
    const result = await handle.done;
    expect(result.reason).toBe('waited');
    expect(result.record).toMatchObject({
      closedAt: T0 + 10 + 2000 + 300,
      handshake: { extensions: 'permessage-deflate' },
    });
    expect(result.record?.close).toBeUndefined();
  });
});
