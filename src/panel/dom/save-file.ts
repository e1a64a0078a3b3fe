import type { ExportFile } from '../export/export-file.ts';

/** The object URL lives long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

/** Saves text as a file, the way a link with `download` does: no permission, works in every extension page. */
export function saveFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
