import type { ImportResult } from '../../core/capture/imported-capture.ts';
import { readCaptureChunks } from '../../core/import/read-capture-chunks.ts';
import type { PanelStore } from '../panel-store.ts';
import { createImportedStore } from './create-imported-store.ts';

export type ImportFileResult =
  | { readonly ok: true; readonly store: PanelStore }
  | { readonly ok: false; readonly error: string };

type ImportedFile = Blob & { readonly name: string };

/** The file decoded chunk by chunk; the reader is let go as soon as the caller stops. */
async function* decodedChunks(file: ImportedFile): AsyncGenerator<string> {
  const chunks = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (let next = await chunks.read(); !next.done; next = await chunks.read()) yield next.value;
  } finally {
    await chunks.cancel();
  }
}

/** A picked or dropped file, read into a panel store of its own; or one line naming the file and what is wrong. */
export async function readImportFile(file: ImportedFile): Promise<ImportFileResult> {
  let result: ImportResult;
  try {
    result = await readCaptureChunks(decodedChunks(file), () => file.text());
  } catch (error) {
    return {
      ok: false,
      error: `${file.name}: could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (!result.ok) return { ok: false, error: `${file.name}: ${result.error}` };
  return { ok: true, store: createImportedStore(result.imported, file.name) };
}
