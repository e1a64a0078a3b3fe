import type { CliIo } from '../../../src/cli/cli-io.ts';
import { main } from '../../../src/cli/main.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `main` in-process with buffered streams; `tty` makes both streams claim to be terminals. */
export async function runMain(
  argv: string[],
  options: { tty?: boolean; env?: Record<string, string>; cwd?: string } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { isTTY: options.tty ?? false, write: (text: string) => (stdout += text) },
    stderr: { isTTY: options.tty ?? false, write: (text: string) => (stderr += text) },
    cwd: options.cwd ?? '/',
    env: options.env ?? {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
