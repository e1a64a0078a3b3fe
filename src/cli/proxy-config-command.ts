import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type GeneratedConfig, generateProxyConfig } from '../core/proxy-config/generate-proxy-config.ts';
import { DEPLOYABLE, type OutputMode, standalone } from '../core/proxy-config/output-mode.ts';
import { parseProxySpec } from '../core/proxy-config/parse-proxy-spec.ts';
import { isProxyKind, PROXY_KINDS, type ProxyKind } from '../core/proxy-config/proxy-kind.ts';
import type { Parsed } from '../core/proxy-config/proxy-spec.ts';
import { parseStandaloneDir } from '../core/proxy-config/standalone-dir.ts';
import { type CliCommand, UsageError, writeLines } from './cli-command.ts';
import { type CliIo, EXIT_OK } from './cli-io.ts';
import { paint } from './colour.ts';
import { PROXY_CONFIG_HELP, PROXY_CONFIG_SUMMARY } from './proxy-config-help.ts';
import { writeStandalone } from './write-standalone.ts';

const OPTIONS = {
  upstream: { type: 'string' },
  listen: { type: 'string' },
  path: { type: 'string' },
  standalone: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function accepted<T>(result: Parsed<T>): T {
  if (!result.ok) throw new UsageError(result.error);
  return result.value;
}

function proxyKind(positionals: readonly string[]): ProxyKind {
  const [kind, ...extra] = positionals;
  if (kind === undefined) throw new UsageError(`which proxy? one of ${PROXY_KINDS.join(', ')}`);
  if (!isProxyKind(kind))
    throw new UsageError(`unknown proxy ${JSON.stringify(kind)}: one of ${PROXY_KINDS.join(', ')}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  return kind;
}

function outputMode(dir: string | undefined, io: CliIo): OutputMode {
  return dir === undefined ? DEPLOYABLE : standalone(accepted(parseStandaloneDir(resolve(io.cwd, dir))));
}

function printFiles(config: GeneratedConfig, io: CliIo): void {
  for (const [index, file] of config.files.entries()) {
    const header = paint(io, io.stdout, 'bold', `${file.comment} ==> ${file.path} <==`);
    io.stdout.write(`${index > 0 ? '\n' : ''}${header}\n${file.content}`);
  }
}

function printNotes(config: GeneratedConfig, io: CliIo, withRedaction: boolean): void {
  writeLines(io.stderr, [paint(io, io.stderr, 'bold', 'Notes:'), ...config.notes.map((note) => `  ${note}`)]);
  if (!withRedaction) return;
  const title = paint(io, io.stderr, 'bold', 'Log redaction, to merge into an existing configuration:');
  writeLines(io.stderr, [
    title,
    ...config.redaction
      .trimEnd()
      .split('\n')
      .map((line) => `  ${line}`),
  ]);
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true });
  if (values.help) {
    io.stdout.write(PROXY_CONFIG_HELP);
    return EXIT_OK;
  }
  const kind = proxyKind(positionals);
  const spec = accepted(parseProxySpec(values));
  const mode = outputMode(values.standalone, io);
  const config = accepted(generateProxyConfig(kind, spec, mode));
  if (mode.kind === 'deployable' || config.commands === undefined) {
    printFiles(config, io);
    printNotes(config, io, true);
    return EXIT_OK;
  }
  const written = await writeStandalone(mode.dir, config);
  printNotes(config, io, false);
  writeLines(io.stdout, [...written.map((path) => `wrote ${path}`), config.commands.run]);
  return EXIT_OK;
}

export const PROXY_CONFIG_COMMAND: CliCommand = {
  name: 'proxy-config',
  summary: PROXY_CONFIG_SUMMARY,
  help: PROXY_CONFIG_HELP,
  run,
};
