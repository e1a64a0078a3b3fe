import type { Capture } from '../capture/capture.ts';
import type { CaptureEnvironment, ImportOrigin } from '../capture/imported-capture.ts';
import type { Block, Inline } from './report-blocks.ts';

export interface ReportSource {
  readonly capture: Capture;
  readonly now: number;
  readonly origin?: ImportOrigin;
  readonly environment?: CaptureEnvironment;
  readonly producer: { readonly name: string; readonly version: string };
}

function iso(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms);
}

function originLine(origin: ImportOrigin | undefined): string {
  if (origin === undefined) return 'Captured live by the extension.';
  const when = origin.exportedAt === undefined ? '' : `, exported ${iso(origin.exportedAt)}`;
  const redacted = origin.redacted ? 'secrets redacted' : 'secrets not redacted in the file';
  const payloads = origin.payloads ? '' : ', frame payloads left out';
  return `Imported from a ${origin.format === 'har' ? 'HAR file' : 'bundle'} written by ${origin.producer}${when} (${redacted}${payloads}).`;
}

function environmentLine(environment: CaptureEnvironment | undefined): string | undefined {
  if (environment === undefined) return undefined;
  const browser = [environment.browser, environment.browserVersion].filter(Boolean).join(' ');
  const parts = [
    browser === '' ? undefined : `browser ${browser}`,
    environment.extensionVersion === undefined ? undefined : `extension ${environment.extensionVersion}`,
    environment.userAgent === undefined ? undefined : `user agent ${environment.userAgent}`,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : `Captured with ${parts.join(', ')}.`;
}

function droppedLine(capture: Capture): string | undefined {
  const dropped = capture.dropped;
  if (dropped === undefined) return undefined;
  const total = dropped.evicted + dropped.rejected + dropped.lostOnRestart;
  if (total === 0) return undefined;
  return `Incomplete: ${dropped.evicted} frames evicted, ${dropped.rejected} rejected, ${dropped.lostOnRestart} lost on restart.`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Who wrote the report, when, from what, and how much the capture holds. */
export function aboutSection(source: ReportSource): Block[] {
  const { capture, producer, now } = source;
  const counts = [
    count(capture.connections.length, 'WebSocket connection'),
    count(capture.sessions.length, 'session fetch', 'session fetches'),
    count(capture.ticketMints.length, 'ticket POST'),
  ].join(', ');
  const lines = [
    `Written by ${producer.name} ${producer.version} at ${iso(now)}; every credential is replaced by a fingerprint.`,
    originLine(source.origin),
    environmentLine(source.environment),
    `${counts}.`,
    droppedLine(capture),
  ].filter((line): line is string => line !== undefined);
  return [{ kind: 'list', items: lines.map((line): Inline[] => [line]) }];
}
