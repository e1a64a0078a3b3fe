import { redact } from '../core/redact/redact.ts';
import type { CliIo } from './cli-io.ts';
import { paint, type Style } from './colour.ts';

/** A piece of a line: plain text, or text in one of our styles. */
export type Segment = string | readonly [Style, string];
export type TerminalLine = readonly Segment[];

/** Every control character (C0, DEL, C1): ESC and CSI start terminal commands, BEL ends one, CR and LF forge lines. */
const CONTROL = /\p{Cc}/gu;
/** The controls JSON.stringify leaves raw: it escapes C0 itself, and C0 outside strings is its own line breaks. */
const JSON_RAW_CONTROL = /[\u007f-\u009f]/g;

function escapeControls(text: string, controls: RegExp, prefix: string, digits: number): string {
  return text.replace(controls, (control) => prefix + control.charCodeAt(0).toString(16).padStart(digits, '0'));
}

/** Text from a file or the network made inert for a terminal: each control character shown as `\xNN`, on one line. */
export function terminalText(text: string): string {
  return escapeControls(text, CONTROL, '\\x', 2);
}

/** JSON text as inert as text: DEL and C1 (U+009B is a CSI) escaped, still the same JSON. */
export function terminalJson(json: string): string {
  return escapeControls(json, JSON_RAW_CONTROL, '\\u', 4);
}

/**
 * Lines for stdout, each segment redacted and made inert before our own colour codes go around it, so a hostile
 * value can neither print a secret nor drive the terminal.
 */
export function writeTerminalLines(io: CliIo, lines: readonly TerminalLine[], secrets: readonly string[]): void {
  const clean = (text: string) => terminalText(redact(text, secrets));
  const segment = (piece: Segment) =>
    typeof piece === 'string' ? clean(piece) : paint(io, io.stdout, piece[0], clean(piece[1]));
  io.stdout.write(lines.map((line) => `${line.map(segment).join('')}\n`).join(''));
}

/** Exactly one line on stderr: our red prefix, then the message on one line, inert. */
export function writeErrorLine(io: CliIo, where: string, message: string): void {
  io.stderr.write(`${paint(io, io.stderr, 'red', `${where}: error:`)} ${terminalText(message.replace(/\s+/g, ' '))}\n`);
}
