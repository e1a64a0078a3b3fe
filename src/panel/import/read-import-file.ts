import type { ImportResult } from '../../core/capture/imported-capture.ts';
import { CaptureStreamReader } from '../../core/import/capture-stream-reader.ts';
import { readCaptureText } from '../../core/import/read-capture-text.ts';
import type { PanelStore } from '../panel-store.ts';
import { createImportedStore } from './create-imported-store.ts';

export type ImportFileResult =
  | { readonly ok: true; readonly store: PanelStore }
  | { readonly ok: false; readonly error: string };

type ImportedFile = Blob & { readonly name: string };

/** The file decoded chunk by chunk: a large HAR never exists as one string nor as one parsed tree. */
async function streamed(file: ImportedFile): Promise<ImportResult | undefined> {
  const reader = new CaptureStreamReader();
  const chunks = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  for (let next = await chunks.read(); !next.done; next = await chunks.read()) {
    reader.push(next.value);
    if (reader.broken) {
      await chunks.cancel();
      break;
    }
  }
  return reader.end();
}

/**
 * A picked or dropped file, read into a panel store of its own; or one line naming the file and what is wrong (the
 * whole text is read again only then, so that line says exactly what readCaptureText says).
 */
export async function readImportFile(file: ImportedFile): Promise<ImportFileResult> {
  let result: ImportResult;
  try {
    result = (await streamed(file)) ?? readCaptureText(await file.text());
  } catch (error) {
    return {
      ok: false,
      error: `${file.name}: could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (!result.ok) return { ok: false, error: `${file.name}: ${result.error}` };
  return { ok: true, store: createImportedStore(result.imported, file.name) };
}
