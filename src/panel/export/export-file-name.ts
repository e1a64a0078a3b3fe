import type { Capture } from '../../core/capture/capture.ts';

const FALLBACK_HOST = 'capture';

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/** The host the capture talked to, safe in a file name (`mail.example.com-8443`); never the URL's user or query. */
function captureHost(capture: Capture): string {
  const host = hostOf(capture.connections[0]?.handshake.url) ?? hostOf(capture.sessions[0]?.url) ?? FALLBACK_HOST;
  return host.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
}

const two = (n: number) => String(n).padStart(2, '0');

/** `yyyymmdd-hhmm` in local time: the time the person saving the file reads on their clock. */
function stamp(ms: number): string {
  const at = new Date(ms);
  const day = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`;
  return `${day}-${two(at.getHours())}${two(at.getMinutes())}`;
}

/** `jmap-push-<host>-<yyyymmdd-hhmm>.<suffix>`, e.g. `jmap-push-jmap.example.com-20260820-1405.bundle.json`. */
export function exportFileName(capture: Capture, now: number, suffix: string): string {
  return `jmap-push-${captureHost(capture)}-${stamp(now)}.${suffix}`;
}
