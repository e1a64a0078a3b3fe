/**
 * The deep-capture switch, shared by the options page (which writes it) and the background (which follows it). It
 * lives in `storage.local` and is not a secret: what deep capture sees stays in memory and session storage only.
 */
export const DEEP_CAPTURE_KEY = 'deepCapture';

export const DEBUGGER_PERMISSION = { permissions: ['debugger'] } as const;

/** On only when stored as `true`: anything else (absent, garbage) is the default, off. */
export function isDeepCaptureOn(stored: Readonly<Record<string, unknown>> | undefined): boolean {
  return stored?.[DEEP_CAPTURE_KEY] === true;
}
