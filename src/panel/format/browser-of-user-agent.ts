import type { CaptureEnvironment } from '../../core/capture/imported-capture.ts';

/** Checked in order: Edge and Opera also say `Chrome/`, and every browser says `Mozilla/`. */
const BROWSERS: readonly (readonly [string, RegExp])[] = [
  ['Firefox', /\bFirefox\/([\d.]+)/],
  ['Edge', /\bEdg\/([\d.]+)/],
  ['Opera', /\bOPR\/([\d.]+)/],
  ['Chrome', /\b(?:Headless)?Chrome\/([\d.]+)/],
  ['Safari', /\bVersion\/([\d.]+).*\bSafari\//],
];

/** The browser, its version and the user agent, for the environment an export records. */
export function browserOfUserAgent(userAgent: string): CaptureEnvironment {
  for (const [browser, pattern] of BROWSERS) {
    const version = pattern.exec(userAgent)?.[1];
    if (version !== undefined) return { browser, browserVersion: version, userAgent };
  }
  return { userAgent };
}
