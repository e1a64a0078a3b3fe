import type { DiagnosisContext } from '../diagnosis/diagnosis-context.ts';
import { redactUrl } from '../redact/redact.ts';
import type { JmapSession } from '../session/jmap-session.ts';
import { applicableTransports } from './applicable-transports.ts';
import { CAUSE_FIX, FIXED_BY_PROXY_CONFIG } from './cause-fix.ts';
import type { EndpointProfile, ReplayTransport } from './endpoint-profile.ts';
import type { ReplayCredential } from './replay-credential.ts';
import type { ReplayResult } from './replay-engine.ts';
import { type OutcomeVerdict, type ReplayOutcome, replayOutcome } from './replay-outcome.ts';

/** One replay of the matrix: an endpoint with the transport to try (the profile's own transport replaced). */
export interface MatrixCell {
  readonly endpoint: EndpointProfile;
  readonly transport: ReplayTransport;
}

export interface MatrixRow {
  readonly endpoint: string;
  readonly transport: ReplayTransport;
  /** The URL the replay opened, redacted; the profile URL when none was opened. */
  readonly url: string;
  readonly verdict: OutcomeVerdict;
  readonly status: number | null;
  /** The most specific cause of the failure, from the diagnosis rules. */
  readonly cause?: { readonly id: string; readonly title: string };
  /** What to change; for a row that did not run, why. Empty when it works. */
  readonly fix: string;
  /** A generated proxy configuration fixes this cause. */
  readonly proxyConfigFixes: boolean;
  readonly outcome: ReplayOutcome;
}

/** Every endpoint × every transport that applies to the session and credential, in endpoint order. */
export function matrixCells(input: {
  readonly endpoints: readonly EndpointProfile[];
  readonly session?: JmapSession;
  readonly credential?: ReplayCredential;
}): MatrixCell[] {
  const transports = applicableTransports(input).filter((option) => option.applicable);
  return input.endpoints.flatMap((endpoint) =>
    transports.map(({ transport }) => ({ endpoint: { ...endpoint, transport }, transport })),
  );
}

const WORKS: ReadonlySet<OutcomeVerdict> = new Set(['push-works', 'connected']);

export function matrixRow(cell: MatrixCell, result: ReplayResult, context: DiagnosisContext = {}): MatrixRow {
  const outcome = replayOutcome(result, context);
  const first = outcome.causes[0];
  const base = {
    endpoint: cell.endpoint.name,
    transport: cell.transport,
    url: result.record === undefined ? cell.endpoint.url : redactUrl(result.record.handshake.url),
    verdict: outcome.verdict,
    status: outcome.status,
    outcome,
  };
  if (first === undefined) {
    const fix = WORKS.has(outcome.verdict)
      ? ''
      : (outcome.detail ?? 'no rule explains this outcome: compare the frames');
    return { ...base, fix, proxyConfigFixes: false };
  }
  const proxyConfigFixes = FIXED_BY_PROXY_CONFIG.has(first.id);
  return { ...base, cause: { id: first.id, title: first.title }, fix: CAUSE_FIX[first.id], proxyConfigFixes };
}

/** Runs the cells one after the other (each ticket attempt mints its own ticket) and returns one row per cell. */
export async function runDiagnoseMatrix(input: {
  readonly cells: readonly MatrixCell[];
  readonly run: (cell: MatrixCell) => Promise<ReplayResult>;
  readonly context?: DiagnosisContext;
  readonly onRow?: (row: MatrixRow) => void;
}): Promise<MatrixRow[]> {
  const rows: MatrixRow[] = [];
  for (const cell of input.cells) {
    const row = matrixRow(cell, await input.run(cell), input.context);
    rows.push(row);
    input.onRow?.(row);
  }
  return rows;
}

/** One paragraph for the top of the table: what works, what fails and the first cause of each failure. */
export function matrixSummary(rows: readonly MatrixRow[]): string {
  const name = (row: MatrixRow) => `${row.endpoint} via ${row.transport}`;
  const working = rows.filter((row) => WORKS.has(row.verdict)).map(name);
  const failing = rows.filter((row) => !WORKS.has(row.verdict));
  const failures = failing.map((row) => `${name(row)} (${row.cause?.id ?? row.verdict})`);
  const parts = [
    working.length === 0 ? 'Nothing worked.' : `Works: ${working.join(', ')}.`,
    failures.length === 0 ? 'Nothing failed.' : `Fails: ${failures.join(', ')}.`,
  ];
  return parts.join(' ');
}
