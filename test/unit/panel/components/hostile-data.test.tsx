// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { byTestId, click, mountPanel, openTab, unmount } from '../support/mount-panel.tsx';
import { snapshotOf } from '../support/panel-fixtures.ts';

const SCRIPT = '<script>window.pwned = true</script>';
const IMAGE = '<img src=x onerror="window.pwned = true">';
const HOSTILE_URL = `wss://evil.example/ws?q=${IMAGE}#${SCRIPT}`;

const HOSTILE: ConnectionRecord = {
  id: `<b id="hostile-id">x</b>`,
  handshake: {
    url: HOSTILE_URL,
    protocols: [IMAGE],
    status: 400,
    statusLine: `HTTP/1.1 400 ${SCRIPT}`,
    responseHeaders: [{ name: `X-${IMAGE}`, value: SCRIPT }],
    responseBody: `<html><body>${IMAGE}</body></html>`,
    error: IMAGE,
  },
  createdAt: 1_000,
  errorAt: 1_040,
  frames: [
    { id: 1, dir: 'received', at: 1_050, data: { kind: 'text', text: `${SCRIPT}${IMAGE}` } },
    {
      id: 2,
      dir: 'received',
      at: 1_060,
      data: { kind: 'text', text: JSON.stringify({ '@type': IMAGE, html: SCRIPT }) },
    },
  ],
};

afterEach(() => {
  for (const child of [...document.body.children]) unmount(child);
});

function expectNoInjectedElement(root: HTMLElement): void {
  expect(root.querySelector('script, img, b#hostile-id, html body')).toBeNull();
  expect((window as { pwned?: boolean }).pwned).toBeUndefined();
}

describe('hostile page data', () => {
  test('HTML and script in URLs, headers, bodies and frames render as text, never as elements', () => {
    const { root } = mountPanel(snapshotOf([HOSTILE]));
    expect(root.textContent).toContain('<img src=x');
    for (const tab of ['overview', 'handshake', 'security', 'push', 'diagnosis']) {
      openTab(root, tab);
      expectNoInjectedElement(root);
    }
    expect(byTestId(root, 'handshake')).toBeNull();
    openTab(root, 'handshake');
    expect(byTestId(root, 'handshake')?.textContent).toContain(SCRIPT);
    openTab(root, 'frames');
    for (const row of root.querySelectorAll('[role="option"][data-frame-id]')) {
      click(row);
      expect(byTestId(root, 'frame-detail')?.textContent).toContain('<script>');
      expectNoInjectedElement(root);
    }
  });
});
