// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { serve } from './support/servers.ts';

interface DemoWindow {
  tmailDemo?: { entries: { kind: string; text: string }[] };
}

async function until(predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('demo page bootstrap', () => {
  test('reads the query, logs as text nodes and exposes its entries for end-to-end tests', async () => {
    const server = await serve({ flavor: 'stalwart' });
    window.history.replaceState(null, '', `/demo/?mode=upstream&server=${encodeURIComponent(server.url)}`);
    document.body.innerHTML = '<p id="params"></p><ol id="log"></ol>';
    await import('../../demo/tmail-demo.js');
    const demo = window as unknown as DemoWindow;
    await until(() => (demo.tmailDemo?.entries ?? []).some((entry) => entry.kind === 'no-push'));
    const items = [...document.querySelectorAll('#log li')];
    expect(items.map((item) => item.className)).toEqual(['session', 'no-push']);
    expect(items[1]?.textContent).toMatch(/no-push: no push transport \(SessionMissingCapability /);
    expect(items.every((item) => item.children.length === 0)).toBe(true);
    expect(document.getElementById('params')?.textContent).toContain('mode=upstream user=alice@example.com');
  });
});
