// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { wireForms } from '../../../src/core/redact/wire-forms.ts';
import { basicCredential } from '../../../src/core/replay/replay-credential.ts';
import { credentialKey, ENDPOINTS_KEY, EndpointStorage } from '../../../src/shared/endpoint-storage.ts';
import { EndpointsSection } from '../../../src/shared/endpoints-editor/EndpointsSection.tsx';
import { NGINX, TOKEN } from './support/endpoint-fixtures.ts';
import { counterIds, memoryAreas } from './support/memory-areas.ts';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function mount(local: Record<string, unknown> = {}, session: Record<string, unknown> = {}) {
  const areas = memoryAreas(local, session);
  const storage = new EndpointStorage(areas, counterIds());
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<EndpointsSection storage={storage} />, root));
  await settle();
  const get = <T extends HTMLElement = HTMLElement>(testId: string) => {
    const found = root.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  };
  const type = async (testId: string, value: string) => {
    const field = get<HTMLInputElement>(testId);
    field.value = value;
    await act(async () => void field.dispatchEvent(new Event('input', { bubbles: true })));
  };
  const choose = async (testId: string, value: string) => {
    const select = get<HTMLSelectElement>(testId);
    select.value = value;
    await act(async () => void select.dispatchEvent(new Event('change', { bubbles: true })));
  };
  const tick = async (testId: string) => {
    await act(async () => get(testId).click());
    await settle();
  };
  const click = async (element: Element | null) => {
    if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
    await act(async () => element.click());
    await settle();
    await settle();
  };
  const rows = () =>
    [...root.querySelectorAll('[data-endpoint-name]')].map((row) =>
      [...row.querySelectorAll('td')].slice(0, 5).map((cell) => cell.textContent),
    );
  return { root, areas, storage, get, type, choose, tick, click, rows };
}

afterEach(() => {
  for (const child of [...document.body.children]) {
    render(null, child);
    child.remove();
  }
});

describe('options: proxy endpoints', () => {
  test('lists the saved endpoints with where their credential is, and names stored data it ignored', async () => {
    const { root, rows } = await mount(
      {
        [ENDPOINTS_KEY]: [
          { id: 'a', profile: NGINX },
          { id: 'b', profile: { name: 'broken', url: 'http://x' } },
        ],
        [credentialKey('a')]: { scheme: 'Bearer', value: TOKEN },
      },
      {},
    );
    expect(root.querySelector('h2#endpoints-title')?.textContent).toBe('Proxy endpoints');
    expect(rows()).toEqual([['nginx staging', NGINX.url, 'query-access-token', 'form', 'remembered']]);
    expect(root.querySelector('[data-testid="endpoint-problems"]')?.textContent).toContain(
      'saved endpoint 2: ignored (url: must start with ws:// or wss://',
    );
    expect(root.textContent).not.toContain(TOKEN);
  });

  test('stored names and URLs are shown as text, never as HTML', async () => {
    const name = '<img src=x onerror="globalThis.pwned=1">';
    const { root } = await mount({ [ENDPOINTS_KEY]: [{ id: 'a', profile: { ...NGINX, name } }] });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-endpoint-name] td')?.textContent).toBe(name);
  });

  test('adds an endpoint with a Basic credential from user and password, kept for the session only', async () => {
    const { get, type, choose, click, rows, areas } = await mount();
    await click(get('endpoint-add'));
    await type('endpoint-name', 'caddy');
    await type('endpoint-url', 'ws://127.0.0.1:8080/jmap/ws');
    await choose('endpoint-transport', 'header');
    await choose('endpoint-encoding', 'raw');
    await type('endpoint-params', 'tenant=a b\nflag');
    await type('endpoint-subprotocols', 'jmap, jmap.v2');
    await choose('endpoint-credential-kind', 'user-password');
    await type('endpoint-credential-user', 'bob@example.com');
    await type('endpoint-credential', 'b0b-Pa55/word');
    await click(get('endpoint-save'));
    expect(rows()).toEqual([['caddy', 'ws://127.0.0.1:8080/jmap/ws', 'header', 'raw', 'this session']]);
    expect(areas.local.items.get(ENDPOINTS_KEY)).toEqual([
      {
        id: 'e1',
        profile: {
          name: 'caddy',
          url: 'ws://127.0.0.1:8080/jmap/ws',
          transport: 'header',
          encoding: 'raw',
          extraParams: [
            { name: 'tenant', value: 'a b' },
            { name: 'flag', value: '' },
          ],
          subprotocols: ['jmap', 'jmap.v2'],
        },
      },
    ]);
    expect(areas.session.items.get(credentialKey('e1'))).toEqual(basicCredential('bob@example.com', 'b0b-Pa55/word'));
    for (const form of wireForms(`Basic ${basicCredential('bob@example.com', 'b0b-Pa55/word').value}`)) {
      expect(areas.local.dump()).not.toContain(form);
    }
  });

  test('"remember" puts the credential in storage.local', async () => {
    const { get, type, tick, click, rows, areas } = await mount();
    await click(get('endpoint-add'));
    await type('endpoint-name', NGINX.name);
    await type('endpoint-url', NGINX.url);
    await type('endpoint-credential', TOKEN);
    await tick('endpoint-remember');
    await click(get('endpoint-save'));
    expect(rows()[0]?.[4]).toBe('remembered');
    expect(areas.local.items.get(credentialKey('e1'))).toEqual({ scheme: 'Bearer', value: TOKEN });
    expect(areas.session.items.size).toBe(0);
  });

  test('refuses what does not validate and lists why, keeping the form open', async () => {
    const { get, type, click, root, areas } = await mount();
    await click(get('endpoint-add'));
    await type('endpoint-name', 'leaky');
    await type('endpoint-url', `wss://p.example/ws?access_token=${TOKEN}`);
    await click(get('endpoint-save'));
    const errors = get('endpoint-errors');
    expect(errors.getAttribute('role')).toBe('alert');
    expect(errors.textContent).toContain('"access_token" is a credential parameter');
    expect(root.querySelector('[data-testid="endpoint-form"]')).not.toBeNull();
    expect(areas.local.items.size).toBe(0);
  });

  test('editing shows the profile but never the saved credential; blank keeps it, "forget" drops it', async () => {
    const { get, type, click, root, rows, areas } = await mount(
      { [ENDPOINTS_KEY]: [{ id: 'a', profile: NGINX }] },
      { [credentialKey('a')]: { scheme: 'Bearer', value: TOKEN } },
    );
    await click(root.querySelector('[aria-label="Edit nginx staging"]'));
    expect(get<HTMLInputElement>('endpoint-url').value).toBe(NGINX.url);
    expect(get<HTMLTextAreaElement>('endpoint-params').value).toBe('tenant=a=b c');
    expect(get<HTMLInputElement>('endpoint-credential').value).toBe('');
    expect(get<HTMLInputElement>('endpoint-remember').checked).toBe(false);
    expect(get('endpoint-credential-saved').textContent).toContain('saved for this browser session');
    expect(root.innerHTML).not.toContain(TOKEN);
    await type('endpoint-url', 'wss://proxy2.example.org/jmap/ws');
    await click(get('endpoint-save'));
    expect(rows()).toEqual([
      ['nginx staging', 'wss://proxy2.example.org/jmap/ws', 'query-access-token', 'form', 'this session'],
    ]);
    expect(areas.session.items.get(credentialKey('a'))).toEqual({ scheme: 'Bearer', value: TOKEN });

    await click(root.querySelector('[aria-label="Edit nginx staging"]'));
    await click(get('endpoint-forget'));
    await click(get('endpoint-save'));
    expect(rows()[0]?.[4]).toBe('none');
    expect(areas.session.items.size).toBe(0);
  });

  test('Escape or Cancel closes the form without saving', async () => {
    const { get, type, click, root, areas } = await mount();
    await click(get('endpoint-add'));
    expect(document.activeElement).toBe(get('endpoint-name'));
    await type('endpoint-name', 'draft');
    await act(async () => {
      get('endpoint-name').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('[data-testid="endpoint-form"]')).toBeNull();
    await click(get('endpoint-add'));
    await click(get('endpoint-cancel'));
    expect(root.querySelector('[data-testid="endpoint-form"]')).toBeNull();
    expect(areas.local.items.size).toBe(0);
  });

  test('delete removes the endpoint and its credential', async () => {
    const { click, root, rows, areas } = await mount(
      { [ENDPOINTS_KEY]: [{ id: 'a', profile: NGINX }], [credentialKey('a')]: { scheme: 'Bearer', value: TOKEN } },
      {},
    );
    await click(root.querySelector('[aria-label="Delete nginx staging"]'));
    expect(rows()).toEqual([]);
    expect(areas.local.dump()).not.toContain(TOKEN);
    expect(root.textContent).toContain('No endpoint saved yet.');
  });

  test('every field has a label', async () => {
    const { get, click, root } = await mount();
    await click(get('endpoint-add'));
    const fields = [...root.querySelectorAll('input, select, textarea')];
    expect(fields.length).toBeGreaterThan(8);
    for (const field of fields) {
      const label = field.closest('label') ?? (field.id ? root.querySelector(`label[for="${field.id}"]`) : null);
      expect(label?.textContent?.trim(), field.outerHTML).toBeTruthy();
    }
  });
});

describe('options: export and import of endpoints', () => {
  test('export shows the profiles as JSON without any credential', async () => {
    const credential = basicCredential('carol@example.com', 'pw>????');
    const { get, click } = await mount(
      { [ENDPOINTS_KEY]: [{ id: 'a', profile: NGINX }], [credentialKey('a')]: credential },
      {},
    );
    await click(get('endpoint-export'));
    const text = get<HTMLTextAreaElement>('endpoint-export-text').value;
    expect(JSON.parse(text)).toEqual({ format: 'jmap-push-inspector/endpoints', version: 1, endpoints: [NGINX] });
    for (const form of wireForms(`Basic ${credential.value}`)) expect(text).not.toContain(form);
  });

  test('import adds what validates and lists what it refused', async () => {
    const text = JSON.stringify({
      format: 'jmap-push-inspector/endpoints',
      version: 1,
      endpoints: [NGINX, { ...NGINX, name: 'bad', url: 'ftp://x' }],
    });
    const { get, type, click, rows } = await mount();
    await type('endpoint-import-text', text);
    await click(get('endpoint-import'));
    expect(rows().map((row) => row[0])).toEqual(['nginx staging']);
    expect(get('endpoint-import-result').textContent).toBe('Imported 1 new, replaced 0.');
    expect(get('endpoint-import-errors').textContent).toBe('endpoint 2: url: must start with ws:// or wss://');
  });

  test('a text that is not an export says so and changes nothing', async () => {
    const { get, type, click, areas } = await mount();
    await type('endpoint-import-text', '{"endpoints": []}');
    await click(get('endpoint-import'));
    expect(get('endpoint-import-errors').textContent).toContain('not an endpoint export');
    expect(get('endpoint-import-result').textContent).toBe('Nothing imported.');
    expect(areas.local.items.size).toBe(0);
  });
});
