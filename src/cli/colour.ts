import type { CliIo, OutStream } from './cli-io.ts';

const CODES = { bold: 1, dim: 2, red: 31, yellow: 33 } as const;

export type Style = keyof typeof CODES;

/** ANSI colour only when the stream is a terminal and NO_COLOR is not set (https://no-color.org). */
export function paint(io: CliIo, stream: OutStream, style: Style, text: string): string {
  const enabled = stream.isTTY === true && (io.env.NO_COLOR ?? '') === '';
  return enabled ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
}
