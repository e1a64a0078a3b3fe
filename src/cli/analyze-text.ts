import type { AnalyzedConnection } from '../core/capture/analyze-capture.ts';
import type { ImportedCapture } from '../core/capture/imported-capture.ts';
import { CAUSE_FIX } from '../core/replay/cause-fix.ts';
import type { Inline } from '../core/report/report-blocks.ts';
import { reportVerdict } from '../core/report/report-verdict.ts';
import type { Finding } from '../core/secrets/finding.ts';
import type { CliIo } from './cli-io.ts';
import type { Style } from './colour.ts';
import { type Segment, type TerminalLine, writeTerminalLines } from './terminal-lines.ts';

const SEVERITY_STYLE: Readonly<Record<Finding['severity'], Style>> = {
  critical: 'red',
  high: 'red',
  medium: 'yellow',
  low: 'dim',
  info: 'dim',
};

const plain = (piece: Inline) => (typeof piece === 'string' ? piece : 'code' in piece ? piece.code : piece.strong);

function summary(entry: AnalyzedConnection, index: number): string {
  const { analysis } = entry;
  const status = analysis.status === null ? (entry.record.handshake.error ?? 'no answer') : `HTTP ${analysis.status}`;
  const push = analysis.push.enabled ? `push on, ${analysis.push.stateChanges} StateChange(s)` : 'push off';
  const frames = `frames ${analysis.frames.sent} sent / ${analysis.frames.received} received`;
  return `#${index + 1} ${analysis.url}  ${status}  ${analysis.auth.strategy}  ${analysis.server.kind}  ${push}  ${frames}`;
}

function connectionLines(entry: AnalyzedConnection, index: number): TerminalLine[] {
  const { findings, causes } = entry.analysis;
  return [
    [['bold', summary(entry, index)]],
    ...findings.flatMap((finding): TerminalLine[] => [
      ['   ', [SEVERITY_STYLE[finding.severity], finding.severity], ` ${finding.kind}: ${finding.location}`],
      [`      fix: ${finding.fix}`],
    ]),
    ...causes.flatMap((cause): TerminalLine[] => [
      ['   cause ', ['bold', cause.id], `: ${cause.title}`],
      [`      fix: ${CAUSE_FIX[cause.id]}`],
    ]),
    [],
  ];
}

function originLine(imported: ImportedCapture): string {
  const { origin } = imported;
  const kind = origin.format === 'har' ? 'HAR' : 'bundle';
  return `${kind} written by ${origin.producer}${origin.redacted ? ', redacted' : ''}${origin.payloads ? '' : ', without payloads'}`;
}

/** The analysis for a terminal: verdict, where the file comes from, then each connection; every value redacted and inert. */
export function printAnalysis(
  io: CliIo,
  imported: ImportedCapture,
  analyzed: readonly AnalyzedConnection[],
  secrets: readonly string[],
): void {
  // Each piece apart: a URL redacted within a sentence would take the ")" after it for part of its credential.
  const verdict = reportVerdict(analyzed).inlines.map((piece): Segment => ['bold', plain(piece)]);
  const lines = analyzed.flatMap((entry, index) => connectionLines(entry, index));
  writeTerminalLines(io, [verdict, [originLine(imported)], [], ...lines], secrets);
}
