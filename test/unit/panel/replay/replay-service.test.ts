import { describe, expect, test } from 'vitest';
import { credentialFromCapture } from '../../../../src/core/replay/credential-from-capture.ts';
import { endpointPresets } from '../../../../src/core/replay/endpoint-presets.ts';
import { replayOutcome } from '../../../../src/core/replay/replay-outcome.ts';
import { ReplayCoordinator } from '../../../../src/panel/replay/replay-coordinator.ts';
import { ReplayService } from '../../../../src/panel/replay/replay-service.ts';
import type { PanelToBackground } from '../../../../src/shared/protocol.ts';
import { F2B_PROXY_NO_HEADER, STALWART } from '../../../fixtures/scenarios.ts';
import { FakeClock } from '../../core/replay/support/fake-clock.ts';
import { fakeSocketFactory } from '../../core/replay/support/fake-server.ts';

const STATE_CHANGE = '{"@type":"StateChange","changed":{"a1":{"Email":"s2"}}}';

/**
 * The panel's replays against a fake endpoint that accepts only the header a proxy would add: the background is
 * played by the send function (it answers every prepare at once and remembers the Authorization it was asked for).
 */
function setup() {
  const clock = new FakeClock(F2B_PROXY_NO_HEADER.createdAt + 60_000);
  const sent: PanelToBackground[] = [];
  let authorization: string | undefined;
  const server = fakeSocketFactory(clock, {
    handshake: () => (authorization ? { kind: 'open' } : { kind: 'refuse', status: 401 }),
    answer: (text) => (text.includes('WebSocketPushEnable') ? [{ delayMs: 20, text: STATE_CHANGE }] : []),
  });
  let coordinator: ReplayCoordinator;
  const send = (message: PanelToBackground) => {
    sent.push(message);
    if (message.type !== 'replay-prepare') return;
    authorization = message.authorization;
    queueMicrotask(() => coordinator.receive({ type: 'replay-ready', replayId: message.replayId }));
  };
  coordinator = new ReplayCoordinator(send, (url, protocols, listener) => server.factory({ url, protocols }, listener));
  const replays = new ReplayService(
    coordinator,
    async () => {
      throw new Error('no ticket here');
    },
    clock,
  );
  const presets = endpointPresets({ connection: F2B_PROXY_NO_HEADER, session: STALWART });
  const request = {
    original: F2B_PROXY_NO_HEADER,
    session: STALWART,
    credential: credentialFromCapture(F2B_PROXY_NO_HEADER),
    // The refused capture has no frame to resend: watch sends a PushEnable of its own.
    mode: 'watch' as const,
    waitMs: 1_000,
  };
  const profile = (kind: string) => {
    const found = presets.find((preset) => preset.kind === kind)?.profile;
    if (!found) throw new Error(`no ${kind} preset`);
    return found;
  };
  return { clock, sent, replays, request, profile, presets };
}

describe('ReplayService', () => {
  test('plain ws:// with a credential: the attempt only asks; over wss:// the origin with the header pushes', async () => {
    const { clock, sent, replays, request, profile } = setup();
    const plain = { ...profile('origin-header'), url: 'ws://mail.example.org/jmap/ws' };
    const asked = await replays.start({ ...request, profile: plain });
    expect(asked.guard?.decision).toBe('confirm');
    expect(sent.filter((message) => message.type === 'replay-prepare')).toEqual([]);
    const running = replays.start({ ...request, profile: profile('origin-header') });
    let result: Awaited<typeof running> | undefined;
    void running.then((done) => {
      result = done;
    });
    for (let step = 0; step < 20 && !result; step++) await clock.advance(1_000);
    if (!result) throw new Error('replay never ended');
    expect(result.record?.handshake.url).not.toContain('access_token');
    expect(sent.find((message) => message.type === 'replay-prepare')).toMatchObject({
      authorization: `Bearer ${request.credential?.value}`,
    });
    const records = sent.flatMap((message) => (message.type === 'replay-record' ? [message] : []));
    expect(records.at(-1)?.connection).toMatchObject({
      source: 'replay',
      replay: { of: F2B_PROXY_NO_HEADER.id, via: profile('origin-header').name },
      openAt: expect.any(Number),
    });
    expect(records.flatMap((message) => message.frames.map((frame) => frame.dir))).toEqual(['sent', 'received']);
    expect(sent.at(-1)).toEqual({ type: 'replay-finished', replayId: result.record?.id });
    expect(replays.runs.value.map((run) => run.result?.reason)).toEqual(['refused', result.reason]);
    expect(replayOutcome(result).verdict).toBe('push-works');
  });

  test('the diagnose matrix tries every preset with every transport that applies, one after the other', async () => {
    const { clock, replays, request, presets } = setup();
    const running = replays.diagnose({
      ...request,
      confirmed: true,
      endpoints: presets.map((preset) => preset.profile),
    });
    for (let step = 0; step < 20 && !replays.matrix.value?.done; step++) await clock.advance(2_000);
    await running;
    const matrix = replays.matrix.value;
    expect(matrix?.done).toBe(true);
    expect(matrix?.rows.length).toBe(matrix?.total);
    const header = matrix?.rows.filter((row) => row.transport === 'header') ?? [];
    expect(header.length).toBeGreaterThan(0);
    expect(header.every((row) => row.verdict === 'push-works')).toBe(true);
    const query = matrix?.rows.find((row) => row.transport === 'query-access-token');
    expect(query).toMatchObject({ verdict: 'refused', status: 401 });
  });

  test("the matrix tries a saved endpoint with its own saved credential, the presets with the form's", async () => {
    const { clock, sent, replays, request, profile } = setup();
    const proxy = { ...profile('origin-header'), name: 'staging proxy' };
    replays.saved.value = [proxy];
    replays.savedCredential = async (name) =>
      name === proxy.name ? { scheme: 'Basic', value: 'c3RhZ2luZzpwdw==' } : undefined;
    const running = replays.diagnose({
      ...request,
      confirmed: true,
      endpoints: [profile('origin-header'), proxy],
    });
    for (let step = 0; step < 40 && !replays.matrix.value?.done; step++) await clock.advance(2_000);
    await running;
    const headers = sent.flatMap((message) => (message.type === 'replay-prepare' ? [message.authorization] : []));
    expect(headers).toContain(`Bearer ${request.credential?.value}`);
    expect(headers).toContain('Basic c3RhZ2luZzpwdw==');
  });

  test('an edited frame goes out only on an open replay, and only when it is a JMAP client message', async () => {
    const { clock, replays, request, profile } = setup();
    const running = replays.start({
      ...request,
      profile: profile('origin-header'),
      confirmed: true,
      mode: 'watch',
      waitMs: 10_000,
    });
    await clock.advance(100);
    const id = replays.runs.value[0]?.id ?? '';
    expect(replays.isOpen(id)).toBe(true);
    expect(replays.send(id, 'not json')?.ok).toBe(false);
    expect(replays.send(id, '{"@type":"WebSocketPushEnable","dataTypes":null}')?.ok).toBe(true);
    replays.stop(id);
    await clock.advance(3_000);
    expect((await running).reason).toBe('stopped');
    expect(replays.isOpen(id)).toBe(false);
    expect(replays.send(id, '{}')).toBeUndefined();
  });

  test('a credential goes only to the captured server, a saved endpoint or a URL typed for this replay', async () => {
    const { clock, replays, request, profile } = setup();
    const elsewhere = { ...profile('origin-header'), name: 'elsewhere', url: 'wss://elsewhere.example.net/jmap/ws' };
    const refused = await replays.start({ ...request, profile: elsewhere });
    expect(refused.reason).toBe('refused');
    expect(refused.guard?.decision).toBe('deny');
    const typed = replays.start({ ...request, profile: elsewhere, typedUrl: elsewhere.url });
    await clock.advance(3_000);
    expect((await typed).guard).toBeUndefined();
    replays.saved.value = [elsewhere];
    const saved = replays.start({ ...request, profile: elsewhere });
    await clock.advance(3_000);
    expect((await saved).reason).not.toBe('refused');
  });
});
