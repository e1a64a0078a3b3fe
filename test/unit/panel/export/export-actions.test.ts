import { describe, expect, test } from 'vitest';
import { buildBundle } from '../../../../src/core/bundle/build-bundle.ts';
import type { Capture } from '../../../../src/core/capture/capture.ts';
import type { ImportedCapture } from '../../../../src/core/capture/imported-capture.ts';
import { buildHar } from '../../../../src/core/har/build-har.ts';
import { readCaptureText } from '../../../../src/core/import/read-capture-text.ts';
import { bundleFile, type ExportChoice, harFile } from '../../../../src/panel/export/export-actions.ts';
import type { ExportFile } from '../../../../src/panel/export/export-file.ts';
import { createImportedStore } from '../../../../src/panel/import/create-imported-store.ts';
import type { PanelHost } from '../../../../src/panel/panel-host.ts';
import { allScenariosCapture, nowAfter } from '../../core/bundle/scenario-captures.ts';

const PRODUCER = { name: 'JMAP Push Inspector', version: '0.4.0' };
const HOST: PanelHost = { producer: PRODUCER, save: () => {} };
const REDACTED: ExportChoice = { inClear: false, payloads: true };
const capture = allScenariosCapture();
const exportOptions = { redacted: true, payloads: true, now: nowAfter(capture), producer: PRODUCER };

function read(text: string): ImportedCapture {
  const result = readCaptureText(text);
  if (!result.ok) throw new Error(result.error);
  return result.imported;
}

const FILES: [string, string, typeof bundleFile][] = [
  ['bundle', buildBundle(capture, exportOptions), bundleFile],
  ['HAR', buildHar(capture, exportOptions), harFile],
];

describe('exporting an imported, redacted file again', () => {
  test.each(FILES)('%s: the same analyses, the same capture', (_, text, exportFile) => {
    const first = read(text);
    const again = read(exportFile(createImportedStore(first), HOST, REDACTED).text);
    expect(Object.fromEntries(again.analyses)).toEqual(Object.fromEntries(first.analyses));
    expect(again.capture).toEqual(first.capture);
  });

  test.each(FILES)('%s: still says redacted when secrets in clear were chosen', (_, text, exportFile) => {
    const again = read(exportFile(createImportedStore(read(text)), HOST, { inClear: true, payloads: true }).text);
    expect(again.origin.redacted).toBe(true);
  });
});

describe('"leave frame payloads out"', () => {
  const textFrames = (file: ExportFile): Capture['connections'][number]['frames'] =>
    read(file.text)
      .capture.connections.flatMap((connection) => connection.frames)
      .filter((frame) => frame.data.kind === 'text');

  test.each(FILES)('%s: every text frame keeps only its shape and its real size', (_, text, exportFile) => {
    const store = createImportedStore(read(text));
    const frames = textFrames(exportFile(store, HOST, { inClear: false, payloads: false }));
    expect(frames.length).toBeGreaterThan(10);
    expect(frames.every((frame) => frame.truncatedFrom !== undefined)).toBe(true);
    expect(textFrames(exportFile(store, HOST, REDACTED)).some((frame) => frame.truncatedFrom === undefined)).toBe(true);
  });
});
