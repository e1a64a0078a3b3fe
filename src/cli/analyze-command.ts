import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AnalyzedConnection, captureSecrets } from '../core/capture/analyze-capture.ts';
import { analyzeImported } from '../core/capture/analyze-imported.ts';
import type { ImportedCapture, ImportResult } from '../core/capture/imported-capture.ts';
import { importedNow } from '../core/capture/imported-now.ts';
import { readCaptureChunks } from '../core/import/read-capture-chunks.ts';
import { redact } from '../core/redact/redact.ts';
import { analysisJson } from '../core/report/analysis-json.ts';
import { SEVERITIES, type Severity } from '../core/secrets/finding.ts';
import { ANALYZE_HELP, ANALYZE_SUMMARY } from './analyze-help.ts';
import { printAnalysis } from './analyze-text.ts';
import { type CliCommand, UsageError } from './cli-command.ts';
import { type CliIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './cli-io.ts';
import { terminalJson, terminalText, writeErrorLine } from './terminal-lines.ts';

const OPTIONS = {
  json: { type: 'boolean' },
  'fail-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const WHERE = 'jmap-push-inspector analyze';
/** V8 cannot hold a longer string; a capture that large is refused before it is read. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
};

function severity(text: string | undefined): Severity | undefined {
  if (text === undefined || (SEVERITIES as readonly string[]).includes(text)) return text as Severity | undefined;
  throw new UsageError(`unknown severity ${JSON.stringify(text)}: one of ${SEVERITIES.join(', ')}`);
}

function fileArgument(positionals: readonly string[]): string {
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('which file? a .har saved by DevTools or a bundle .json');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  return file;
}

async function checkedSize(path: string): Promise<void> {
  const { size } = await stat(path);
  if (size > MAX_FILE_BYTES) throw new Error(`too large (${Math.round(size / 2 ** 20)} MB; at most 512 MB)`);
}

/** The file read and imported, or the one line saying what is wrong with it (read whole to name a JSON error). */
async function importFile(file: string, io: CliIo): Promise<ImportedCapture | string> {
  const path = resolve(io.cwd, file);
  let result: ImportResult;
  try {
    await checkedSize(path);
    const chunks = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
    result = await readCaptureChunks(chunks, () => readFile(path, 'utf8'));
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    return FILE_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
  }
  return result.ok ? result.imported : result.error;
}

function badInput(io: CliIo, file: string, problem: string): number {
  writeErrorLine(io, WHERE, `${file}: ${problem}`);
  return EXIT_USAGE;
}

/** Decided from the findings themselves: a file's stored `worstSeverity` is optional, and may be missing. */
function reachesSeverity(analyzed: readonly AnalyzedConnection[], threshold: Severity | undefined): boolean {
  if (threshold === undefined) return false;
  const limit = SEVERITIES.indexOf(threshold);
  const findings = analyzed.flatMap((entry) => entry.analysis.findings);
  return findings.some((finding) => SEVERITIES.indexOf(finding.severity) <= limit);
}

/** analysisJson redacts each of its texts; a pass over the JSON text could not see a secret JSON escaped anyway. */
function analysisText(analyzed: readonly AnalyzedConnection[], secrets: readonly string[]): string {
  return terminalJson(JSON.stringify(analysisJson(analyzed, secrets), null, 2));
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true });
  if (values.help) {
    io.stdout.write(ANALYZE_HELP);
    return EXIT_OK;
  }
  const file = fileArgument(positionals);
  const failOn = severity(values['fail-on']);
  const imported = await importFile(file, io);
  if (typeof imported === 'string') return badInput(io, file, imported);
  const analyzed = analyzeImported(imported, importedNow(imported));
  const secrets = captureSecrets(analyzed, imported.capture);
  for (const warning of imported.warnings) io.stderr.write(`${terminalText(`${file}: ${redact(warning, secrets)}`)}\n`);
  if (values.json) io.stdout.write(`${analysisText(analyzed, secrets)}\n`);
  else printAnalysis(io, imported, analyzed, secrets);
  return reachesSeverity(analyzed, failOn) ? EXIT_FAILURE : EXIT_OK;
}

export const ANALYZE_COMMAND: CliCommand = { name: 'analyze', summary: ANALYZE_SUMMARY, help: ANALYZE_HELP, run };
