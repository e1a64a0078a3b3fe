import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diagnoseSession } from '../../src/core/diagnosis/diagnose.ts';
import { parseSession } from '../../src/core/session/parse-session.ts';
import { ALICE, ALICE_JWT, basicCredentials } from '../server/users.ts';
import { importIntoChromiumDevtools, saveAllAsHarInChromium } from './support/chromium-har-import.ts';
import {
  type DevtoolsServers,
  demoGaveUp,
  inspectInChromium,
  inspectInFirefox,
  startDevtoolsServers,
  ticketLink,
} from './support/devtools-flows.ts';
import { exportFile, openImportPage, spyOnDownloads } from './support/export-import.ts';
import { ExtensionHarness, waitForRows } from './support/extension-harness.ts';
import { readPanelRows, showDetail, waitForElement, waitForSnapshot } from './support/panel-frame.ts';
import { poll } from './support/poll.ts';
import {
  clickTestId,
  confirmPlainWs,
  countRuns,
  openReplayTab,
  pickEndpoint,
  replay,
  setField,
  waitForRun,
} from './support/replay-panel.ts';

/**
 * The panel inside real DevTools (issue 3 §4: one test per browser drives it). The demo's session GET and ticket
 * POST are seen only by devtools.network; the panel must link them to the connection (F1) or, with no connection at
 * all, say from the session why push cannot work (F7).
 */
const LONG = 60_000;

describe('Chromium: the panel inside real DevTools', () => {
  let harness: ExtensionHarness;
  let servers: DevtoolsServers;

  beforeAll(async () => {
    servers = await startDevtoolsServers();
    harness = await ExtensionHarness.launch('chromium');
  });
  afterAll(async () => {
    await harness?.close();
    await servers?.close();
  });

  /** The F1 demo inspected in DevTools, once the store holds its session, its ticket POST and a sent frame. */
  async function inspectTicketDemo(): Promise<Frame> {
    const url = `${servers.tmail.url}/demo/?mode=upstream`;
    const { panel, tabId } = await inspectInChromium(harness, servers.blank, url);
    await waitForSnapshot(
      await harness.api(),
      tabId,
      'the session, the ticket POST and a sent frame',
      (state) =>
        state.sessions.length > 0 && ticketLink(state) !== undefined && state.frames.some((f) => f.dir === 'sent'),
    );
    return panel;
  }

  test(
    'F1 upstream on tmail-backend: the DevTools panel lists the ticket connection, linked to the ticket POST',
    async () => {
      const url = `${servers.tmail.url}/demo/?mode=upstream`;
      const { panel, tabId } = await inspectInChromium(harness, servers.blank, url);
      const row = await poll('the ticket connection in the DevTools panel', async () =>
        (await readPanelRows(panel)).find((shown) => shown.status === '101'),
      );
      expect(row).toMatchObject({ strategy: 'ticket', status: '101' });

      const snapshot = await waitForSnapshot(
        await harness.api(),
        tabId,
        'the session and the ticket POST seen by devtools.network',
        (state) => state.sessions.length > 0 && ticketLink(state) !== undefined,
      );
      expect(snapshot.sessions.map((session) => session.url)).toContain(`${servers.tmail.url}/jmap/session`);
      const { connection, mint } = ticketLink(snapshot) ?? {};
      expect(connection?.id).toBe(row.id);
      expect(mint).toMatchObject({ status: 200, url: `${servers.tmail.url}/jmap/ws/ticket` });

      await showDetail(panel, 'overview', row.id);
      const linked = await waitForElement(panel, '[data-testid="ticket-mint"]');
      expect(linked.data.mintStatus).toBe('200');
      expect(linked.text).toContain(`POST ${servers.tmail.url}/jmap/ws/ticket → 200`);
      expect(linked.text).toContain('before the handshake');
      const overview = await waitForElement(panel, '[data-testid="overview"]');
      expect(overview.text).toContain('returned the same ticket value');
      expect(overview.text).toContain('opens a WebSocket');
    },
    LONG,
  );

  test(
    'a replay from the panel inside DevTools (no tab of its own) gets the header a proxy would add, and 101',
    async () => {
      const url = `${servers.stalwart.url}/demo/?mode=access_token&token=${ALICE_JWT}`;
      const { panel } = await inspectInChromium(harness, servers.blank, url);
      const refused = await poll('the refused connection in the DevTools panel', async () =>
        (await readPanelRows(panel)).find((shown) => shown.status === '401'),
      );
      const run = await replay(panel, refused.id, 'Origin with header');
      expect(['connected', 'push-works']).toContain(run.verdict);
      expect(run.compare.status).toEqual({ original: '401', replay: '101' });
    },
    LONG,
  );

  test(
    'a ticket replay from the panel inside DevTools mints at the generationEndpoint of the session DevTools saw',
    async () => {
      const url = `${servers.tmail.url}/demo/?mode=upstream`;
      const { panel, tabId } = await inspectInChromium(harness, servers.blank, url);
      const original = await poll('the ticket connection in the DevTools panel', async () =>
        (await readPanelRows(panel)).find((shown) => shown.status === '101'),
      );
      await waitForSnapshot(await harness.api(), tabId, 'the session', (state) => state.sessions.length > 0);
      await openReplayTab(panel, original.id);
      await pickEndpoint(panel, 'Captured URL');
      await setField(panel, 'replay-scheme', 'Basic');
      await setField(panel, 'replay-credential', basicCredentials(ALICE));
      const mint = await panel.evaluate(() => ({
        url: document.querySelector<HTMLInputElement>('[data-testid="replay-mint-url"]')?.value,
        guessed: document.querySelector('[data-testid="replay-mint-guessed"]') !== null,
      }));
      expect(mint).toEqual({ url: `${servers.tmail.url}/jmap/ws/ticket`, guessed: false });
      const minted = servers.tmail.control.stats().ticketsMinted;
      const before = await countRuns(panel);
      await clickTestId(panel, 'replay-run');
      await confirmPlainWs(panel, 'replay-confirm');
      const run = await waitForRun(panel, before + 2);
      expect(run.compare.status).toEqual({ original: '101', replay: '101' });
      expect(servers.tmail.control.stats().ticketsMinted).toBe(minted + 1);
    },
    LONG,
  );

  test(
    "the HAR the panel exports inside DevTools is read by Chrome DevTools' own HAR importer: session, ticket, socket",
    async () => {
      const panel = await inspectTicketDemo();
      await spyOnDownloads(panel);
      // The panel gets the background's news within 100 ms: export until its HAR holds the frame too.
      const requests = await poll('a HAR with the PushEnable', async () => {
        const imported = await importIntoChromiumDevtools(panel, (await exportFile(panel, 'export-har')).text);
        const socket = imported.find((request) => request.type === 'websocket');
        return socket?.frames.some((frame) => frame.type === 'send') ? imported : undefined;
      });
      expect(requests.map(({ method, url: shown }) => `${method} ${shown}`)).toEqual(
        expect.arrayContaining([`GET ${servers.tmail.url}/jmap/session`, `POST ${servers.tmail.url}/jmap/ws/ticket`]),
      );
      const socket = requests.find((request) => request.type === 'websocket');
      expect(socket?.url).toMatch(/\/jmap\/ws\?ticket=\[REDACTED:[0-9a-f]{6}\]$/);
      expect(socket?.status).toBe(101);
      expect(socket?.frames.find((frame) => frame.type === 'send')?.text).toContain('WebSocketPushEnable');
    },
    LONG,
  );

  test(
    'a HAR saved by Chrome DevTools itself, dropped on the import page: the same connection, session and ticket',
    async () => {
      const panel = await inspectTicketDemo();
      const har = await saveAllAsHarInChromium(panel);
      expect(JSON.parse(har).log.creator.name).toBe('WebInspector');
      const page = await openImportPage(harness, { name: 'chrome-devtools.har', text: har });
      const banner = await waitForElement(page, '[data-testid="import-banner"]');
      expect(banner.data).toMatchObject({ format: 'har', redacted: 'false' });
      const rows = await waitForRows(page, 'the imported socket', (shown) => shown.some((row) => row.status === '101'));
      const live = await readPanelRows(panel);
      const shape = (row: { strategy: string; status: string }) => `${row.strategy} ${row.status}`;
      expect(rows.map(shape).sort()).toEqual(live.map(shape).sort());
      const ticket = rows.find((row) => row.status === '101')?.id ?? '';
      await showDetail(page, 'overview', ticket);
      const linked = await waitForElement(page, '[data-testid="ticket-mint"]');
      expect(linked.text).toContain(`POST ${servers.tmail.url}/jmap/ws/ticket → 200`);
      // The session GET of the same file was read: the Overview says what TMail would do with it.
      const master = await waitForElement(page, '[data-testid="tmail-master"]');
      expect(master.text).toContain('opens a WebSocket');
      expect((await waitForElement(page, '[data-testid="server"]')).data.server).toBe('tmail-backend');
    },
    LONG,
  );

  test(
    'F7 upstream on Stalwart: no connection, and the DevTools panel says why from the session',
    async () => {
      const url = `${servers.stalwart.url}/demo/?mode=upstream`;
      const { page, panel, tabId } = await inspectInChromium(harness, servers.blank, url);
      await demoGaveUp(page);
      const cause = await waitForElement(panel, '[data-cause="push-unsupported"]');
      expect(cause.text).toContain('no push transport at all, and no error shown');
      const view = await waitForElement(panel, '[data-testid="session-view"]');
      expect(view.data.server).toBe('stalwart');
      const badge = await waitForElement(panel, '[data-testid="session-badge"]');
      expect(badge.data.wouldConnect).toBe('false');
      expect(await readPanelRows(panel)).toEqual([]);
      const snapshot = await waitForSnapshot(await harness.api(), tabId, 'the session', (s) => s.sessions.length > 0);
      expect(snapshot.sessions.map((session) => session.url)).toEqual([`${servers.stalwart.url}/jmap/session`]);
      expect(snapshot.connections).toEqual([]);
      expect(snapshot.ticketMints).toEqual([]);
    },
    LONG,
  );
});

describe('Firefox: the panel inside the real toolbox', () => {
  let harness: ExtensionHarness;
  let servers: DevtoolsServers;

  beforeAll(async () => {
    servers = await startDevtoolsServers();
    harness = await ExtensionHarness.launch('firefox');
  });
  afterAll(async () => {
    await harness?.close();
    await servers?.close();
  });

  test(
    'F1 upstream on tmail-backend: Firefox devtools.network reports the session and the ticket POST',
    async () => {
      const url = `${servers.tmail.url}/demo/?mode=upstream`;
      const { tabId, api, toolId } = await inspectInFirefox(harness, servers.blank, url);
      expect(toolId).toMatch(/^webext-devtools-panel-/);
      const snapshot = await waitForSnapshot(
        api,
        tabId,
        'the session, the ticket POST and the connection',
        (state) => state.sessions.length > 0 && ticketLink(state) !== undefined,
      );
      expect(snapshot.sessions.map((session) => session.url)).toContain(`${servers.tmail.url}/jmap/session`);
      const { connection, mint } = ticketLink(snapshot) ?? {};
      expect(connection?.handshake.url).toMatch(/\/jmap\/ws\?ticket=/);
      expect(connection?.openAt).toBeGreaterThan(0);
      expect(mint).toMatchObject({ status: 200, url: `${servers.tmail.url}/jmap/ws/ticket` });
      expect(mint?.at).toBeLessThanOrEqual(connection?.createdAt ?? 0);
    },
    LONG,
  );

  test(
    'F7 upstream on Stalwart: no connection, and the session the panel diagnoses reached the background',
    async () => {
      const url = `${servers.stalwart.url}/demo/?mode=upstream`;
      const { page, tabId, api } = await inspectInFirefox(harness, servers.blank, url);
      await demoGaveUp(page);
      const snapshot = await waitForSnapshot(api, tabId, 'the session', (state) => state.sessions.length > 0);
      expect(snapshot.connections).toEqual([]);
      expect(snapshot.ticketMints).toEqual([]);
      const [sighting] = snapshot.sessions;
      expect(sighting?.url).toBe(`${servers.stalwart.url}/jmap/session`);
      const parsed = parseSession(sighting?.body ?? '', sighting?.url);
      expect(parsed.ok && diagnoseSession(parsed.session).map((cause) => cause.id)).toEqual(['push-unsupported']);
    },
    LONG,
  );
});
