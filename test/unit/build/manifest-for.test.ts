import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type BaseManifest, manifestFor } from '../../../src/build/manifest-for.ts';

const base = JSON.parse(readFileSync('manifest.json', 'utf8')) as BaseManifest;

describe('manifestFor', () => {
  test('Chrome keeps the MV3 service worker and drops the Gecko settings', () => {
    const chrome = manifestFor(base, 'chrome');
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(chrome.minimum_chrome_version).toBe('116');
    expect(chrome.devtools_page).toBe('src/devtools/index.html');
  });

  test('Firefox gets an event page, a Gecko id and the minimum version that MAIN-world scripts and data consent need', () => {
    const firefox = manifestFor(base, 'firefox');
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: 'jmap-push-inspector@jmap-tools.dev', strict_min_version: '140.0' },
    });
  });

  test('deep capture: Chrome gets the debugger permission, Firefox (no debugger API) never does', () => {
    const replayHeaders = 'declarativeNetRequestWithHostAccess';
    expect(manifestFor(base, 'chrome').permissions).toEqual(['storage', 'webRequest', replayHeaders, 'debugger']);
    expect(manifestFor(base, 'firefox').permissions).toEqual(['storage', 'webRequest', replayHeaders]);
    expect(manifestFor({ ...base, permissions: undefined }, 'firefox').permissions).toBeUndefined();
  });

  test('both browsers get the options page, opened in a tab', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      expect(manifestFor(base, target).options_ui).toEqual({ page: 'src/options/index.html', open_in_tab: true });
    }
  });

  test('both variants share everything else', () => {
    const { background: _c, minimum_chrome_version: _m, permissions: _cp, ...chrome } = manifestFor(base, 'chrome');
    const {
      background: _f,
      browser_specific_settings: _b,
      permissions: _fp,
      ...firefox
    } = manifestFor(base, 'firefox');
    expect(chrome).toEqual(firefox);
    expect(chrome.name).toBe('JMAP Push Inspector');
  });

  test('an already Firefox-shaped background is accepted, a missing entry is refused', () => {
    const scripts = { ...base, background: { scripts: ['bg.ts'] } };
    expect(manifestFor(scripts, 'chrome').background).toEqual({ service_worker: 'bg.ts', type: 'module' });
    expect(() => manifestFor({ ...base, background: {} }, 'firefox')).toThrow(/service_worker/);
  });
});
