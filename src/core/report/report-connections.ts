import type { AnalyzedConnection } from '../capture/analyze-capture.ts';
import type { Block, Inline } from './report-blocks.ts';

const HEAD = ['#', 'URL', 'Status', 'Strategy', 'Server', 'Push', 'Frames sent / received', 'Causes'];

function statusCell(entry: AnalyzedConnection): string {
  const { status } = entry.analysis;
  if (status !== null) return String(status);
  if (entry.record.openAt !== undefined) return 'opened';
  return entry.record.handshake.error ?? 'no answer';
}

function pushCell(entry: AnalyzedConnection): string {
  const { push } = entry.analysis;
  const changes = `${push.stateChanges} StateChange${push.stateChanges === 1 ? '' : 's'}`;
  if (push.enabled) return `on, ${changes}`;
  return push.stateChanges > 0 ? `off, ${changes}` : 'off';
}

function row(entry: AnalyzedConnection, index: number): Inline[] {
  const { analysis, connection } = entry;
  const replay = connection.replay === undefined ? '' : ` (replay via ${connection.replay.via})`;
  return [
    String(index + 1),
    { code: analysis.url },
    statusCell(entry) + replay,
    analysis.auth.strategy,
    analysis.server.kind,
    pushCell(entry),
    `${analysis.frames.sent} / ${analysis.frames.received}`,
    analysis.causes.map((cause) => cause.id).join(', ') || 'none',
  ];
}

/** One row per connection, in capture order, numbered as the verdict numbers them. */
export function connectionsSection(analyzed: readonly AnalyzedConnection[]): Block[] {
  if (analyzed.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Connections' },
    { kind: 'table', head: HEAD, rows: analyzed.map(row) },
  ];
}
