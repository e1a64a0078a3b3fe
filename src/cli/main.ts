import { ANALYZE_COMMAND } from './analyze-command.ts';
import { type CliCommand, UsageError } from './cli-command.ts';
import { type CliIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './cli-io.ts';
import { PROBE_COMMAND } from './probe-command.ts';
import { PROXY_CONFIG_COMMAND } from './proxy-config-command.ts';
import { writeErrorLine } from './terminal-lines.ts';

export const PROGRAM = 'jmap-push-inspector';

/** The command table: a new command (`analyze`, `probe`, …) is one more entry. */
export const COMMANDS: readonly CliCommand[] = [PROXY_CONFIG_COMMAND, ANALYZE_COMMAND, PROBE_COMMAND];

export function programHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    'Options:',
    `  -h, --help${' '.repeat(Math.max(2, width - 8))}show this help; "${PROGRAM} <command> --help" for a command`,
    '',
  ].join('\n');
}

/** node:util parseArgs throws TypeErrors with an ERR_PARSE_ARGS_* code for what the user typed. */
function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
}

/** Node's own messages run on with advice about `--`: keep their first sentence. */
function firstSentence(message: string): string {
  return (message.split(/(?<=\.) (?=[A-Z])/)[0] ?? message).replace(/\.$/, '');
}

function fail(io: CliIo, where: string, message: string, code: number): number {
  writeErrorLine(io, where, message);
  return code;
}

/** Runs the program with the arguments after `node script`; resolves to the exit code (0, 1 or 2). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(programHelp());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) return fail(io, PROGRAM, `unknown command ${JSON.stringify(name)} (see ${PROGRAM} --help)`, EXIT_USAGE);
  const where = `${PROGRAM} ${command.name}`;
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      const message = error instanceof UsageError ? error.message : firstSentence(error.message);
      return fail(io, where, `${message} (see ${where} --help)`, EXIT_USAGE);
    }
    return fail(io, where, error instanceof Error ? error.message : String(error), EXIT_FAILURE);
  }
}
