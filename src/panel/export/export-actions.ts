import { buildBundle } from '../../core/bundle/build-bundle.ts';
import { type AnalyzedConnection, analyzeCapture } from '../../core/capture/analyze-capture.ts';
import { analyzeImported } from '../../core/capture/analyze-imported.ts';
import type { Capture } from '../../core/capture/capture.ts';
import { importedNow } from '../../core/capture/imported-now.ts';
import { buildHar } from '../../core/har/build-har.ts';
import { buildReport, type Report } from '../../core/report/build-report.ts';
import type { PanelHost } from '../panel-host.ts';
import type { PanelStore } from '../panel-store.ts';
import { captureOfStore } from './capture-of-store.ts';
import type { ExportFile } from './export-file.ts';
import { exportFileName } from './export-file-name.ts';

/** What the user ticked in the Export menu. */
export interface ExportChoice {
  /** Secrets in clear: an explicit choice, refused in presentation mode whatever the caller says. */
  readonly inClear: boolean;
  readonly payloads: boolean;
}

/**
 * What one export works from: the capture on screen, at one moment (frozen at export for an imported file), and its
 * connections as the panel shows them (an imported file's stored analyses, which its redacted data cannot give again).
 */
interface ExportSource {
  readonly capture: Capture;
  readonly analyzed: readonly AnalyzedConnection[];
  readonly now: number;
  readonly redacted: boolean;
}

function analyzedOf(store: PanelStore, capture: Capture, now: number): AnalyzedConnection[] {
  return store.imported ? analyzeImported(store.imported, now) : analyzeCapture(capture, now);
}

function sourceOf(store: PanelStore, choice: ExportChoice): ExportSource {
  const now = store.imported ? importedNow(store.imported) : Date.now();
  // A redacted file holds only fingerprints: exporting it "in clear" cannot bring secrets back, nor say it did.
  const redacted = !choice.inClear || store.presentation.peek() || store.imported?.origin.redacted === true;
  const capture = captureOfStore(store);
  return { capture, analyzed: analyzedOf(store, capture, now), now, redacted };
}

function environmentOf(store: PanelStore, host: PanelHost) {
  return store.imported ? store.imported.environment : host.environment;
}

/** The diagnostic bundle (`.bundle.json`), redacted unless the user chose otherwise outside presentation mode. */
export function bundleFile(store: PanelStore, host: PanelHost, choice: ExportChoice): ExportFile {
  const { capture, analyzed, now, redacted } = sourceOf(store, choice);
  const { payloads } = choice;
  const environment = environmentOf(store, host);
  const text = buildBundle(capture, { redacted, payloads, now, producer: host.producer, environment, analyzed });
  return { name: exportFileName(capture, now, 'bundle.json'), mime: 'application/json', text };
}

/** HAR 1.2 with `_webSocketMessages`, which Chrome DevTools imports again; redacted unless chosen otherwise. */
export function harFile(store: PanelStore, host: PanelHost, choice: ExportChoice): ExportFile {
  const { capture, analyzed, now, redacted } = sourceOf(store, choice);
  const text = buildHar(capture, { redacted, payloads: choice.payloads, now, producer: host.producer, analyzed });
  return { name: exportFileName(capture, now, 'har'), mime: 'application/json', text };
}

/** The support report, always redacted: Markdown to paste, HTML to attach. */
export function reportOf(store: PanelStore, host: PanelHost): Report & { readonly name: string } {
  const { capture, analyzed, now } = sourceOf(store, { inClear: false, payloads: true });
  const report = buildReport({
    analyzed,
    capture,
    now,
    origin: store.imported?.origin,
    environment: environmentOf(store, host),
    producer: host.producer,
  });
  return { ...report, name: exportFileName(capture, now, 'report.html') };
}
