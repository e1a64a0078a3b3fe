import { expect } from 'vitest';
import type { JmapServer } from '../../server/server-types.ts';
import { ALICE } from '../../server/users.ts';
import type { OpenSocket } from '../../unit/server/support/ws-client.ts';

const PUSH_ENABLE = '{"@type":"WebSocketPushEnable","dataTypes":null}';

function typeOf(text: string): unknown {
  return (JSON.parse(text) as { '@type'?: unknown })['@type'];
}

/** PushEnable, then a change on the server arrives as a StateChange through the proxy. */
export async function expectPushThrough(opened: OpenSocket, upstream: JmapServer): Promise<void> {
  opened.socket.send(PUSH_ENABLE);
  expect(typeOf(await opened.settle())).toBe('Response');
  expect(upstream.control.push({ username: ALICE.username }).delivered).toBe(1);
  expect(typeOf(await opened.next())).toBe('StateChange');
}

/** The JMAP exchange of T_PLAIN: push enable, a non-Request gets a RequestError, Core/echo gets a Response. */
export async function expectJmapExchange(opened: OpenSocket, upstream: JmapServer): Promise<void> {
  expect(opened.socket.protocol).toBe('jmap');
  await expectPushThrough(opened, upstream);
  opened.socket.send('{"@type":"NotARequest"}');
  expect(typeOf(await opened.next())).toBe('RequestError');
  expect(typeOf(await opened.settle())).toBe('Response');
}
