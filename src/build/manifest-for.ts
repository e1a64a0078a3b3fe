export type Target = 'chrome' | 'firefox';

interface Background {
  readonly service_worker?: string;
  readonly scripts?: readonly string[];
  readonly type?: string;
}

export interface BaseManifest {
  readonly background: Background;
  readonly browser_specific_settings?: unknown;
  readonly minimum_chrome_version?: string;
  readonly [key: string]: unknown;
}

/** Permissions only Chrome has: Firefox has no debugger API (deep capture is Chrome only). */
const CHROME_ONLY_PERMISSIONS = new Set(['debugger']);

function withoutChromeOnly(permissions: unknown): unknown {
  return Array.isArray(permissions) ? permissions.filter((name) => !CHROME_ONLY_PERMISSIONS.has(name)) : permissions;
}

/**
 * Derives one browser's manifest from the single `manifest.json`: Chrome keeps the service worker and drops the
 * Gecko settings it does not know; Firefox gets an event page (`background.scripts`), which crxjs needs already in
 * that form, and drops the Chrome-only minimum version and permissions.
 */
export function manifestFor(base: BaseManifest, target: Target): BaseManifest {
  const { browser_specific_settings, minimum_chrome_version, background, ...rest } = base;
  const entry = background.service_worker ?? background.scripts?.[0];
  if (!entry) throw new Error('manifest.json: background needs service_worker');
  if (target === 'chrome') {
    return { ...rest, minimum_chrome_version, background: { service_worker: entry, type: 'module' } };
  }
  const permissions = withoutChromeOnly(rest.permissions);
  return { ...rest, permissions, background: { scripts: [entry], type: 'module' }, browser_specific_settings };
}
