import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_WS_PATH } from '../../src/core/proxy-config/parse-ws-path.ts';
import { ALICE_JWT } from '../server/users.ts';
import { rawRequest, UPGRADE_HEADERS } from '../unit/server/support/raw-http.ts';
import { type OpenSocket, openSocket, wsUrl } from '../unit/server/support/ws-client.ts';
import { checkCase } from './support/check-case.ts';
import { expectJmapExchange, expectPushThrough } from './support/jmap-exchange.ts';
import { MATRIX_SECRETS, STATUS_CASES, UPSTREAM_DOWN_STATUS } from './support/matrix-cases.ts';
import { countFiles, findLeaks, readLogs } from './support/secret-scan.ts';
import { type ProxyRig, REAL_PROXIES, type RealProxy, startProxy } from './support/start-proxy.ts';
import { authorizationsSeen } from './support/upstream-view.ts';

// PROXIES.md §2 against Debian's nginx + njs, Caddy and HAProxy, each run from the config the CLI generated with
// --standalone and started with the command line it printed, in front of the Stalwart-like test server.
const IDLE_MS = 65_000;
const PATH = DEFAULT_WS_PATH;
const rigs = new Map<RealProxy, ProxyRig>();
const idle = new Map<RealProxy, { socket: OpenSocket; openedAt: number; closedEarly: boolean }>();

function rig(kind: RealProxy): ProxyRig {
  const found = rigs.get(kind);
  if (!found) throw new Error(`${kind} did not start`);
  return found;
}

beforeAll(async () => {
  const started = await Promise.allSettled(REAL_PROXIES.map(startProxy));
  for (const result of started) if (result.status === 'fulfilled') rigs.set(result.value.kind, result.value);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  // IDLE65s for the three proxies at once: opened now, checked after the rest of the matrix.
  for (const kind of REAL_PROXIES) {
    const socket = await openSocket(wsUrl(rig(kind).url, `${PATH}?access_token=${ALICE_JWT}`));
    const entry = { socket, openedAt: Date.now(), closedEarly: false };
    void socket.closed.then(() => {
      entry.closedEarly = true;
    });
    idle.set(kind, entry);
  }
}, 60_000);

afterAll(async () => {
  for (const entry of idle.values()) entry.socket.socket.terminate();
  await Promise.all(
    [...rigs.values()].map(async (each) => {
      await each.stop();
      await each.remove();
    }),
  );
});

for (const kind of REAL_PROXIES) {
  describe(`${kind}, generated with --standalone`, () => {
    test('T_PLAIN: 101 with jmap, one Bearer header upstream, the JMAP exchange works', async () => {
      const { upstream, url } = rig(kind);
      upstream.control.clearRequests();
      const opened = await openSocket(wsUrl(url, `${PATH}?access_token=${ALICE_JWT}`));
      try {
        await expectJmapExchange(opened, upstream);
      } finally {
        opened.socket.terminate();
      }
      const seen = upstream.control.requests();
      expect(seen.map((request) => request.url)).toEqual([PATH]);
      expect(authorizationsSeen(seen)).toEqual([[`Bearer ${ALICE_JWT}`]]);
    });

    for (const entry of STATUS_CASES) test(entry.name, () => checkCase(rig(kind), entry, PATH));
  });
}

describe('IDLE65s: a socket silent for 65 s still carries push (the three proxies waited for together)', () => {
  for (const kind of REAL_PROXIES) {
    test(
      kind,
      async () => {
        const entry = idle.get(kind);
        if (!entry) throw new Error(`no idle socket for ${kind}`);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, entry.openedAt + IDLE_MS - Date.now())));
        expect(entry.closedEarly).toBe(false);
        await expectPushThrough(entry.socket, rig(kind).upstream);
      },
      IDLE_MS + 20_000,
    );
  }
});

describe('UP_DOWN: the upstream is gone', () => {
  for (const kind of REAL_PROXIES) {
    test(kind, async () => {
      await rig(kind).stopUpstream();
      const query = `?access_token=${ALICE_JWT}`;
      const headers = [...UPGRADE_HEADERS, 'Sec-WebSocket-Protocol: jmap'];
      expect((await rawRequest(`${rig(kind).url}${PATH}${query}`, { headers })).status).toBe(
        UPSTREAM_DOWN_STATUS[kind],
      );
    });
  }
});

describe('no credential in any file of the folder, in the CLI output or in the proxy output', () => {
  const REDACTION_SEEN: Record<RealProxy, (files: string) => boolean> = {
    nginx: (text) => text.includes('access_token=[REDACTED]'),
    caddy: (text) => text.includes('access_token=REDACTED'),
    haproxy: (text) => text.includes(`GET ${PATH} HTTP/1.1`),
  };
  for (const kind of REAL_PROXIES) {
    test(kind, async () => {
      const each = rig(kind);
      await each.stop();
      const texts = { 'CLI stdout': each.cli.stdout, 'CLI stderr': each.cli.stderr, 'proxy output': each.output() };
      expect(await countFiles(each.dir)).toBeGreaterThan(0);
      expect(await findLeaks(each.dir, texts, MATRIX_SECRETS)).toEqual([]);
      const logs = await readLogs(each.dir);
      expect(REDACTION_SEEN[kind]([...logs, each.output()].join('\n')), 'the logs were written, redacted').toBe(true);
    });
  }
});
