import { captureFromBundle } from '../bundle/capture-from-bundle.ts';
import type { ImportResult } from '../capture/imported-capture.ts';
import { captureFromHar } from '../har/capture-from-har.ts';
import type { HarEntriesReader } from '../har/har-entries-reader.ts';
import { isJsonObject } from '../jmap/read-json-fields.ts';
import { jsonParseProblem } from './json-parse-problem.ts';

/** How much of the start of a file is looked at to tell binary data from text. */
export const SNIFF_CHARS = 4096;
const NOT_A_CAPTURE = 'neither a HAR (log.entries) nor a JMAP Push Inspector bundle (schema)';

function failed(error: string): ImportResult {
  return { ok: false, error };
}

/** Bytes UTF-8 could not decode, and control characters no text file holds (tab, LF, FF and CR are fine). */
function isBinaryChar(code: number): boolean {
  return code === 0xfffd || code < 0x09 || (code > 0x0d && code < 0x20);
}

/** NUL anywhere in the head, or binary characters where JSON must start with `{` or `[`. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (head.includes('\u0000')) return true;
  // No RegExp on the head: it would keep its last input alive (RegExp.input), and the slice the whole file with it.
  const first = head.trimStart().charAt(0);
  if (first === '{' || first === '[') return false;
  return Array.from(head).some((char) => isBinaryChar(char.charCodeAt(0)));
}

function isHar(value: Record<string, unknown>): boolean {
  return isJsonObject(value.log) && Array.isArray(value.log.entries);
}

function parse(text: string): { ok: true; json: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, error: jsonParseProblem(error, text) };
    return { ok: false, error: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The text without the byte order mark an editor may have written. */
export const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/** "empty file" or "binary data, not JSON", told from the start of the text (`head`) and its whole `body`. */
export function textProblem(head: string, body: string): string | undefined {
  if (body.trim() === '') return 'empty file';
  return looksBinary(head) ? 'binary data, not JSON' : undefined;
}

/**
 * A parsed file as a capture: a bundle (it has a `schema`) or a HAR (`log.entries`), else one line of error. A
 * streamed HAR passes the entries it has already read.
 */
export function captureOfJson(json: unknown, entries?: HarEntriesReader): ImportResult {
  if (!isJsonObject(json)) return failed(NOT_A_CAPTURE);
  if ('schema' in json) return captureFromBundle(json);
  if (isHar(json)) return captureFromHar(json, entries);
  return failed(NOT_A_CAPTURE);
}

/**
 * A file's text as a capture: a JMAP Push Inspector bundle or a HAR (Chrome, Firefox), told apart by shape after one
 * JSON.parse. Bad input is one line of error ("empty file", "truncated JSON (ends after N bytes)", "not JSON: …",
 * "binary data, not JSON", neither format). Never throws.
 */
export function readCaptureText(text: string): ImportResult {
  const body = withoutBom(text);
  const problem = textProblem(body, body);
  if (problem !== undefined) return failed(problem);
  const parsed = parse(body);
  return parsed.ok ? captureOfJson(parsed.json) : failed(parsed.error);
}
