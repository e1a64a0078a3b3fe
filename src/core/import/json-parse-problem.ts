import { redact } from '../redact/redact.ts';

/** UTF-8 size of a text without encoding it (a file may be hundreds of megabytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * JSON.parse's complaint as one line: "truncated JSON (ends after N bytes)" when the text stops early, else
 * "not JSON: …" without the excerpt of the file V8 quotes (it may hold a credential).
 */
export function jsonParseProblem(error: SyntaxError, text: string): string {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  const end = text.trimEnd().length;
  const truncated = /end of JSON input/i.test(error.message) || (position !== undefined && Number(position) >= end);
  if (truncated) return `truncated JSON (ends after ${utf8Length(text)} bytes)`;
  const reason = error.message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/^./, (first) => first.toLowerCase());
  return `not JSON: ${redact(reason)}`;
}
