import type { CliIo } from './cli-io.ts';

/** One entry of the command table in main.ts. */
export interface CliCommand {
  readonly name: string;
  /** One line for the program's help. */
  readonly summary: string;
  /** The command's own `--help` text. */
  readonly help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** A problem with what the user typed: reported on one line, exit code 2. */
export class UsageError extends Error {}

export function writeLines(stream: { write(text: string): unknown }, lines: readonly string[]): void {
  stream.write(lines.map((line) => `${line}\n`).join(''));
}
