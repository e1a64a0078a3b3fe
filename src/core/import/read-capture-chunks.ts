import type { ImportResult } from '../capture/imported-capture.ts';
import { CaptureStreamReader } from './capture-stream-reader.ts';
import { readCaptureText } from './read-capture-text.ts';

/**
 * A file read as decoded chunks (a HAR's entries converted as they come, so neither the whole text nor the whole tree
 * is held); only a file that is not valid JSON is read whole again, so that its one line says exactly what
 * readCaptureText says. Reading stops at the first chunk that shows the text cannot be JSON.
 */
export async function readCaptureChunks(
  chunks: AsyncIterable<string>,
  readWhole: () => Promise<string>,
): Promise<ImportResult> {
  const reader = new CaptureStreamReader();
  for await (const chunk of chunks) {
    reader.push(chunk);
    if (reader.broken) break;
  }
  return reader.end() ?? readCaptureText(await readWhole());
}
