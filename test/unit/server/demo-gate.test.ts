import { describe, expect, test } from 'vitest';
import { decidePush, readParams, TICKET, WEBSOCKET } from '../../demo/tmail-gate.js';

const ws = { supportsPush: true, url: 'wss://h/jmap/ws' };
const ticket = { generationEndpoint: 'https://h/jmap/ws/ticket', revocationEndpoint: 'https://h/jmap/ws/ticket' };

function session(capabilities: Record<string, unknown>, accountCapabilities: Record<string, unknown>) {
  return {
    capabilities,
    accounts: { A: { accountCapabilities } },
    primaryAccounts: { 'urn:ietf:params:jmap:core': 'A' },
  };
}

describe('demo query options', () => {
  test('defaults: upstream mode, the F3 user, the page origin as server', () => {
    expect(readParams('', 'http://127.0.0.1:8780')).toEqual({
      mode: 'upstream',
      echo: false,
      labels: false,
      user: 'alice@example.com',
      password: 'S3cret+pw/1',
      token: '',
      ws: undefined,
      server: 'http://127.0.0.1:8780',
    });
  });

  test('every option is read; an unknown mode falls back to upstream', () => {
    const params = readParams('?mode=basic&echo=1&labels=1&user=u&password=p&token=t&ws=ws://p/x&server=http://s', 'o');
    expect(params).toEqual({
      mode: 'basic',
      echo: true,
      labels: true,
      user: 'u',
      password: 'p',
      token: 't',
      ws: 'ws://p/x',
      server: 'http://s',
    });
    expect(readParams('?mode=weird', 'o').mode).toBe('upstream');
  });
});

describe('TMail gate', () => {
  test('upstream needs both capabilities in the ACCOUNT capabilities (F1 vs F7)', () => {
    expect(
      decidePush(session({ [WEBSOCKET]: ws, [TICKET]: ticket }, { [WEBSOCKET]: ws, [TICKET]: ticket }), 'upstream'),
    ).toEqual({
      ok: true,
      wsUrl: 'wss://h/jmap/ws',
      strategy: 'ticket',
      ticketEndpoint: 'https://h/jmap/ws/ticket',
    });
    const sessionOnly = decidePush(session({ [WEBSOCKET]: ws, [TICKET]: ticket }, {}), 'upstream');
    expect(sessionOnly).toEqual({ ok: false, reason: `SessionMissingCapability ${WEBSOCKET}, ${TICKET}` });
  });

  test('upstream reads empty account capabilities from the session level, and needs supportsPush === true', () => {
    const fallback = decidePush(
      session({ [WEBSOCKET]: ws, [TICKET]: ticket }, { [WEBSOCKET]: {}, [TICKET]: {} }),
      'upstream',
    );
    expect(fallback).toMatchObject({ ok: true, wsUrl: 'wss://h/jmap/ws' });
    const noPush = { [WEBSOCKET]: { url: 'wss://h/jmap/ws' }, [TICKET]: ticket };
    expect(decidePush(session(noPush, noPush), 'upstream')).toEqual({
      ok: false,
      reason: 'WebSocketPushNotSupportedException',
    });
  });

  test('strategy builds read the session level and pick the ticket when the session has it', () => {
    expect(decidePush(session({ [WEBSOCKET]: ws, [TICKET]: ticket }, {}), 'access_token')).toMatchObject({
      ok: true,
      strategy: 'ticket',
    });
    expect(decidePush(session({ [WEBSOCKET]: ws }, { [WEBSOCKET]: {} }), 'access_token')).toMatchObject({
      strategy: 'access_token',
    });
    expect(decidePush(session({ [WEBSOCKET]: ws }, {}), 'basic')).toMatchObject({ strategy: 'basic' });
    expect(decidePush(session({ [WEBSOCKET]: ws }, {}), 'none')).toMatchObject({ strategy: 'none' });
    expect(decidePush(session({}, {}), 'basic')).toMatchObject({ ok: false });
    expect(decidePush(null, 'basic')).toMatchObject({ ok: false });
  });
});
