import { afterEach } from 'vitest';
import type { JmapServer, JmapServerOptions } from '../../../server/server-types.ts';
import { startJmapServer } from '../../../server/start-jmap-server.ts';
import { ALICE, BOB, basicCredentials } from '../../../server/users.ts';

const started: JmapServer[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

/** Starts a server that is closed after the current test. */
export async function serve(options: JmapServerOptions): Promise<JmapServer> {
  const server = await startJmapServer(options);
  started.push(server);
  return server;
}

export const ALICE_BASIC = `Basic ${basicCredentials(ALICE)}`;
export const BOB_BASIC = `Basic ${basicCredentials(BOB)}`;

export async function mintTicket(server: JmapServer, authorization = ALICE_BASIC): Promise<Record<string, string>> {
  const response = await fetch(`${server.url}/jmap/ws/ticket`, {
    method: 'POST',
    headers: { Authorization: authorization },
  });
  return (await response.json()) as Record<string, string>;
}

/** A controllable clock for ticket and token expiry. */
export function manualClock(start = Date.parse('2026-08-20T09:00:00.000Z')) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}
