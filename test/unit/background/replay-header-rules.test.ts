import { describe, expect, test } from 'vitest';
import { GRANT_LIFETIME_MS, ReplayHeaderRules, replayUrlFilter } from '../../../src/background/replay-header-rules.ts';
import { fakeSessionRules } from './support/fake-session-rules.ts';

function fakeRules(initial: number[] = []) {
  const timers: (() => void)[] = [];
  const schedule = (run: () => void, ms: number) => {
    expect(ms).toBe(GRANT_LIFETIME_MS);
    timers.push(run);
  };
  return { ...fakeSessionRules(initial), timers, schedule };
}

const EXTENSION = 'hhfoipoeepcaljcejndchlcchbjcalkl';
const GRANT = { url: 'ws://127.0.0.1:8781/jmap/ws?x=1', authorization: 'Bearer abc', initiator: EXTENSION, tabId: -1 };

describe('ReplayHeaderRules', () => {
  test('sets Authorization on the replay’s WebSocket only: opened by the extension, to its host, port and path', async () => {
    const { api, rules, schedule } = fakeRules();
    const headers = new ReplayHeaderRules(api, schedule);
    const id = await headers.grant(GRANT);
    expect(rules.get(id)).toEqual({
      id,
      priority: 1,
      action: {
        type: 'modifyHeaders',
        requestHeaders: [{ header: 'authorization', operation: 'set', value: 'Bearer abc' }],
      },
      condition: {
        urlFilter: '||127.0.0.1:8781/jmap/ws^',
        resourceTypes: ['websocket'],
        initiatorDomains: [EXTENSION],
      },
    });
    // A popped-out panel is a tab: its rule is limited to that tab too.
    const inTab = await headers.grant({ ...GRANT, tabId: 12 });
    expect(rules.get(inTab)?.condition.tabIds).toEqual([12]);
  });

  test('removes rules a stopped worker left before adding its own, so ids never clash', async () => {
    const { api, rules, schedule } = fakeRules([1, 2]);
    const id = await new ReplayHeaderRules(api, schedule).grant(GRANT);
    expect([...rules.keys()]).toEqual([id]);
  });

  test('revoked once the handshake is done, or at the latest after its lifetime; a second revoke is harmless', async () => {
    const { api, rules, timers, schedule } = fakeRules();
    const headers = new ReplayHeaderRules(api, schedule);
    const first = await headers.grant(GRANT);
    const second = await headers.grant({ ...GRANT, authorization: 'Basic YTpi' });
    await headers.revoke(first);
    await headers.revoke(first);
    expect([...rules.keys()]).toEqual([second]);
    for (const run of timers) run();
    await Promise.resolve();
    expect(rules.size).toBe(0);
  });

  test('refuses a value that would inject a header, and anything but a WebSocket URL', async () => {
    const { api, schedule } = fakeRules();
    const headers = new ReplayHeaderRules(api, schedule);
    await expect(headers.grant({ ...GRANT, authorization: 'Bearer a\r\nX-Injected: 1' })).rejects.toThrow(TypeError);
    expect(() => replayUrlFilter('https://mail.example.com/jmap/ws')).toThrow(TypeError);
    expect(() => replayUrlFilter('wss://mail.example.com/a*b')).toThrow(TypeError);
    expect(replayUrlFilter('wss://mail.example.com/jmap/ws/')).toBe('||mail.example.com/jmap/ws/^');
  });
});
