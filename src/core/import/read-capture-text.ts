import { captureFromBundle } from '../bundle/capture-from-bundle.ts';
import type { ImportResult } from '../capture/imported-capture.ts';
import { captureFromHar } from '../har/capture-from-har.ts';
import { jsonParseProblem } from './json-parse-problem.ts';

/** How much of the start of a file is looked at to tell binary data from text. */
const SNIFF_CHARS = 4096;
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
  if (/^\s*[{[]/.test(head)) return false;
  return Array.from(head).some((char) => isBinaryChar(char.charCodeAt(0)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHar(value: Record<string, unknown>): boolean {
  return isRecord(value.log) && Array.isArray(value.log.entries);
}

function parse(text: string): { ok: true; json: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, error: jsonParseProblem(error, text) };
    return { ok: false, error: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * A file's text as a capture: a JMAP Push Inspector bundle or a HAR (Chrome, Firefox), told apart by shape after one
 * JSON.parse. Bad input is one line of error ("empty file", "truncated JSON (ends after N bytes)", "not JSON: …",
 * "binary data, not JSON", neither format). Never throws.
 */
export function readCaptureText(text: string): ImportResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return failed('empty file');
  if (looksBinary(body)) return failed('binary data, not JSON');
  const parsed = parse(body);
  if (!parsed.ok) return failed(parsed.error);
  const { json } = parsed;
  if (!isRecord(json)) return failed(NOT_A_CAPTURE);
  if ('schema' in json) return captureFromBundle(json);
  if (isHar(json)) return captureFromHar(json);
  return failed(NOT_A_CAPTURE);
}
