import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A missing browser is a failed run, never a skipped one. */
export function requireBinary(path: string, aptPackage: string): string {
  if (!existsSync(path)) {
    throw new Error(`${path} not found: install it with "apt-get install -y ${aptPackage}" (see .ci/run)`);
  }
  return path;
}
