// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import {
  DEFAULT_LISTEN,
  proxyConfigDefaults,
  proxyWebSocketUrl,
  TLS_UPSTREAM_PLACEHOLDER,
} from '../../../../src/core/proxy-config/proxy-config-defaults.ts';
import { FIXED_BY_PROXY_CONFIG } from '../../../../src/core/replay/cause-fix.ts';
import { App } from '../../../../src/panel/App.tsx';
import { applyBackgroundMessage, createPanelStore } from '../../../../src/panel/panel-store.ts';
import { ReplayCoordinator } from '../../../../src/panel/replay/replay-coordinator.ts';
import { ReplayService } from '../../../../src/panel/replay/replay-service.ts';
import { F2_JWT } from '../../../fixtures/handshakes.ts';
import { F2B_PROXY_NO_HEADER, F6_CLOSED_IMMEDIATELY } from '../../../fixtures/scenarios.ts';
import { FakeClock } from '../../core/replay/support/fake-clock.ts';
import { fakeSocketFactory } from '../../core/replay/support/fake-server.ts';
import { byTestId, mountPanel, NOW, openTab, selectConnection, unmount } from '../support/mount-panel.tsx';
import { snapshotOf } from '../support/panel-fixtures.ts';

/** F2b as seen on a local server: the page's token in the URL of a plain ws:// socket, refused with 401. */
const LOCAL: ConnectionRecord = {
  ...F2B_PROXY_NO_HEADER,
  id: 'local',
  handshake: { ...F2B_PROXY_NO_HEADER.handshake, url: `ws://127.0.0.1:8080/jmap/ws?access_token=${F2_JWT}` },
};

function type(input: HTMLElement | null, value: string): void {
  if (!(input instanceof HTMLInputElement)) throw new Error('no input to type into');
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(select: HTMLElement | null, value: string): void {
  if (!(select instanceof HTMLSelectElement)) throw new Error('no select');
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function files(root: ParentNode): Record<string, string> {
  const shown = [...root.querySelectorAll<HTMLElement>('[data-testid="proxy-config"] [data-file]')];
  return Object.fromEntries(shown.map((file) => [file.dataset.file, file.querySelector('pre')?.textContent ?? '']));
}

function diagnosisOf(record: ConnectionRecord) {
  const mounted = mountPanel(snapshotOf([record]));
  selectConnection(mounted.root, record.id);
  openTab(mounted.root, 'diagnosis');
  return mounted;
}

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
});

describe('proxy configuration defaults', () => {
  test('the WebSocket origin as the upstream with its port written out, its path, a loopback listener', () => {
    expect(proxyConfigDefaults('ws://127.0.0.1:8080/jmap/ws?access_token=x')).toEqual({
      upstream: 'http://127.0.0.1:8080',
      listen: DEFAULT_LISTEN,
      path: '/jmap/ws',
    });
    expect(proxyConfigDefaults('wss://mail.example.org/ws/')).toMatchObject({
      upstream: TLS_UPSTREAM_PLACEHOLDER,
      path: '/ws/',
    });
    expect(proxyConfigDefaults('ws://[::1]/jmap/ws').upstream).toBe('http://[::1]:80');
    expect(proxyConfigDefaults('not a url')).toEqual({ upstream: '', listen: DEFAULT_LISTEN, path: '/jmap/ws' });
    expect(proxyWebSocketUrl({ listen: '127.0.0.1:9000', path: '/jmap/ws' })).toBe('ws://127.0.0.1:9000/jmap/ws');
  });
});

describe('Diagnosis: the proxy configuration', () => {
  test('a missing Authorization header: why, then nginx with both files, the notes and the log redaction', () => {
    const { root } = diagnosisOf(LOCAL);
    const why = byTestId(root, 'proxy-config-why');
    expect(why?.dataset.causes).toBe('auth-header-missing');
    expect(why?.textContent).toContain('exactly one Authorization header');
    const view = byTestId(root, 'proxy-config');
    expect(view?.dataset.proxy).toBe('nginx');
    const shown = files(root);
    expect(Object.keys(shown)).toEqual(['/etc/nginx/nginx.conf', '/etc/nginx/njs/jmap_auth.js']);
    expect(shown['/etc/nginx/nginx.conf']).toContain('listen 127.0.0.1:8443;');
    expect(shown['/etc/nginx/nginx.conf']).toContain('location = /jmap/ws');
    expect(shown['/etc/nginx/nginx.conf']).toContain('127.0.0.1:8080');
    expect(byTestId(root, 'proxy-config-notes')?.textContent).toContain('libnginx-mod-http-js');
    expect(byTestId(root, 'proxy-config-redaction')?.textContent).toContain('log_format jmap_redacted');
    expect(byTestId(root, 'proxy-config-error')).toBeNull();
  });

  test('Caddy, HAProxy and Traefik each show their own files; Traefik says what it cannot do', () => {
    const { root } = diagnosisOf(LOCAL);
    const kind = byTestId(root, 'proxy-config-kind');
    choose(kind, 'caddy');
    expect(byTestId(root, 'proxy-config')?.dataset.proxy).toBe('caddy');
    expect(Object.keys(files(root))).toEqual(['/etc/caddy/Caddyfile']);
    expect(files(root)['/etc/caddy/Caddyfile']).toContain('bind 127.0.0.1');
    choose(kind, 'haproxy');
    expect(Object.keys(files(root))).toEqual(['/etc/haproxy/haproxy.cfg']);
    expect(byTestId(root, 'proxy-config-redaction')?.textContent).toContain('%HPO');
    choose(kind, 'traefik');
    expect(Object.keys(files(root))).toHaveLength(2);
    expect(byTestId(root, 'proxy-config-notes')?.textContent).toContain(
      'Sidecar: jmap-push-inspector proxy-config caddy',
    );
  });

  test('edits regenerate; invalid input shows the generator’s message and no file', () => {
    const { root } = diagnosisOf(LOCAL);
    type(byTestId(root, 'proxy-config-listen'), '0.0.0.0:9443');
    type(byTestId(root, 'proxy-config-path'), '/push');
    expect(files(root)['/etc/nginx/nginx.conf']).toContain('listen 0.0.0.0:9443;');
    expect(files(root)['/etc/nginx/nginx.conf']).toContain('location = /push');
    type(byTestId(root, 'proxy-config-listen'), '127.0.0.1:8443; include /etc/passwd');
    expect(byTestId(root, 'proxy-config-error')?.textContent).toContain('--listen must be host:port');
    expect(files(root)).toEqual({});
  });

  test('a wss:// capture starts from a plain-HTTP placeholder upstream (TLS ends at the proxy), to be edited', () => {
    const { root } = diagnosisOf(F2B_PROXY_NO_HEADER);
    expect((byTestId(root, 'proxy-config-upstream') as HTMLInputElement).value).toBe(TLS_UPSTREAM_PLACEHOLDER);
    expect(files(root)['/etc/nginx/nginx.conf']).toContain('127.0.0.1:8080');
    type(byTestId(root, 'proxy-config-upstream'), 'https://mail.example.org');
    expect(byTestId(root, 'proxy-config-error')?.textContent).toContain('--upstream must be an http:// URL');
    type(byTestId(root, 'proxy-config-upstream'), 'http://10.0.0.5:8080');
    expect(files(root)['/etc/nginx/nginx.conf']).toContain('10.0.0.5:8080');
  });

  test('input that looks like markup stays text', () => {
    const { root } = diagnosisOf(LOCAL);
    type(byTestId(root, 'proxy-config-upstream'), '<img src=x onerror=alert(1)>');
    expect(byTestId(root, 'proxy-config-error')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });

  test('no proxy configuration when no cause is one a proxy fixes', () => {
    const { root } = diagnosisOf(F6_CLOSED_IMMEDIATELY);
    const shown = [...root.querySelectorAll<HTMLElement>('[data-cause]')].map((cause) => cause.dataset.cause);
    expect(shown).toEqual(['closed-immediately']);
    expect(FIXED_BY_PROXY_CONFIG.has('closed-immediately')).toBe(false);
    expect(byTestId(root, 'proxy-config')).toBeNull();
    expect(byTestId(root, 'proxy-config-why')).toBeNull();
  });

  test('each copy button copies its whole file', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const { root } = diagnosisOf(LOCAL);
    const njs = root.querySelector('[data-file="/etc/nginx/njs/jmap_auth.js"]');
    await act(async () => njs?.querySelector<HTMLElement>('button.copy')?.click());
    expect(copied).toEqual([njs?.querySelector('pre')?.textContent]);
    expect(copied[0]).toContain('redactedUri');
  });
});

/**
 * The Replay tab with a panel that can replay: the background is played by `send` (every prepare answered at once),
 * and the only endpoint that accepts is a fake proxy on 127.0.0.1:8443 that wants `access_token` in the query.
 */
function replayTabWithFakeProxy() {
  const clock = new FakeClock(NOW);
  const proxy = fakeSocketFactory(clock, {
    handshake: ({ url }) =>
      url.startsWith('ws://127.0.0.1:8443/jmap/ws?access_token=') ? { kind: 'open' } : { kind: 'refuse', status: 401 },
  });
  const coordinator: ReplayCoordinator = new ReplayCoordinator(
    (message) => {
      if (message.type !== 'replay-prepare') return;
      queueMicrotask(() => coordinator.receive({ type: 'replay-ready', replayId: message.replayId }));
    },
    (url, protocols, listener) => proxy.factory({ url, protocols }, listener),
  );
  const replays = new ReplayService(coordinator, () => Promise.reject(new Error('no ticket')), clock);
  const store = createPanelStore(1, { throttle: false, now: NOW });
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    applyBackgroundMessage(store, { type: 'snapshot', snapshot: snapshotOf([LOCAL]) });
    render(<App store={store} send={() => {}} replays={replays} />, root);
  });
  selectConnection(root, LOCAL.id);
  openTab(root, 'replay');
  return { clock, proxy, root };
}

describe('Replay tab: the proxy sections', () => {
  test('the configuration is there too, and the URL to try is its listen address and path', () => {
    const { root } = replayTabWithFakeProxy();
    expect(byTestId(root, 'proxy-config')?.dataset.proxy).toBe('nginx');
    expect((byTestId(root, 'proxy-url') as HTMLInputElement).value).toBe('ws://127.0.0.1:8443/jmap/ws');
    expect((byTestId(root, 'proxy-url-transport') as HTMLSelectElement).value).toBe('query-access-token');
    expect(byTestId(root, 'proxy-url-form')?.textContent).toContain('with the captured Bearer credential');
  });

  test('a URL that is not ws(s):// or carries a credential is refused before anything runs', () => {
    const { root, proxy } = replayTabWithFakeProxy();
    type(byTestId(root, 'proxy-url'), 'https://127.0.0.1:8443/jmap/ws');
    expect(byTestId(root, 'proxy-url-error')?.textContent).toContain('must start with ws:// or wss://');
    expect((byTestId(root, 'proxy-url-run') as HTMLButtonElement).disabled).toBe(true);
    type(byTestId(root, 'proxy-url'), 'ws://127.0.0.1:8443/jmap/ws?access_token=abc');
    expect(byTestId(root, 'proxy-url-error')?.textContent).toContain('is a credential parameter');
    expect(proxy.sockets).toEqual([]);
  });

  test('replayed through the typed URL: asks about ws:// first, then 101 where the page got 401', async () => {
    const { root, clock, proxy } = replayTabWithFakeProxy();
    await act(async () => {
      byTestId(root, 'proxy-url-run')?.click();
      await clock.advance(0);
    });
    expect(root.querySelectorAll('[data-replay-id]')).toHaveLength(1);
    expect(byTestId(root, 'proxy-url-question')?.textContent).toContain('plain ws://');
    expect(proxy.sockets).toEqual([]);
    await act(async () => {
      byTestId(root, 'proxy-url-confirm')?.click();
      await clock.advance(10_000);
    });
    expect(proxy.sockets.map((socket) => socket.request.url)).toEqual([
      `ws://127.0.0.1:8443/jmap/ws?access_token=${F2_JWT}`,
    ]);
    const run = root.querySelectorAll<HTMLElement>('[data-replay-id]')[0];
    expect(run?.textContent).toContain('Replay via Proxy URL (127.0.0.1:8443)');
    expect(['connected', 'push-works']).toContain(run?.dataset.verdict);
    const status = run?.querySelector('[data-compare-key="status"]');
    expect([...(status?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)).toEqual(['401', '101']);
    expect(byTestId(root, 'proxy-url-question')).toBeNull();
  });
});
