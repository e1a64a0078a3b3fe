import { redact } from '../core/redact/redact.ts';
import type { CliIo } from './cli-io.ts';
import { paint, type Style } from './colour.ts';

/** A piece of a line: plain text, or text in one of our styles. */
export type Segment = string | readonly [Style, string];
export type TerminalLine = readonly Segment[];

/** Unicode's bidirectional controls: they reorder what a terminal shows (Trojan Source), so a URL can read as another. */
const BIDI = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';
/** Every control character (C0, DEL, C1: ESC and CSI start terminal commands, BEL ends one, CR and LF forge lines). */
const CONTROL = new RegExp(`[\\p{Cc}${BIDI}]`, 'gu');
/** What JSON.stringify leaves raw: it escapes C0 itself, and C0 outside strings is its own line breaks. */
const JSON_RAW_CONTROL = new RegExp(`[\\u007f-\\u009f${BIDI}]`, 'g');

function escapeControls(text: string, controls: RegExp, short: boolean): string {
  return text.replace(controls, (control) => {
    const code = control.charCodeAt(0);
    return short && code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Text from a file or the network made inert for a terminal: C0, DEL and C1 shown as `\xNN`, bidi as `\uNNNN`. */
export function terminalText(text: string): string {
  return escapeControls(text, CONTROL, true);
}

/** JSON text as inert as text: DEL, C1 (U+009B is a CSI) and bidi controls escaped, still the same JSON. */
export function terminalJson(json: string): string {
  return escapeControls(json, JSON_RAW_CONTROL, false);
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
