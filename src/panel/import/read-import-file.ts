import { readCaptureText } from '../../core/import/read-capture-text.ts';
import type { PanelStore } from '../panel-store.ts';
import { createImportedStore } from './create-imported-store.ts';

export type ImportFileResult =
  | { readonly ok: true; readonly store: PanelStore }
  | { readonly ok: false; readonly error: string };

/** A picked or dropped file, read into a panel store of its own; or one line naming the file and what is wrong. */
export async function readImportFile(file: Blob & { readonly name: string }): Promise<ImportFileResult> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return {
      ok: false,
      error: `${file.name}: could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const result = readCaptureText(text);
  if (!result.ok) return { ok: false, error: `${file.name}: ${result.error}` };
  return { ok: true, store: createImportedStore(result.imported, file.name) };
}
