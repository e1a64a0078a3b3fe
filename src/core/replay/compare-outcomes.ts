import type { ReplayOutcome } from './replay-outcome.ts';

export interface ComparisonRow {
  readonly key: 'verdict' | 'status' | 'subprotocol' | 'frames' | 'firstPush' | 'closeCode' | 'causes';
  readonly label: string;
  readonly original: string;
  readonly replay: string;
  readonly same: boolean;
}

const NONE = '—';

function orNone(value: number | string | null): string {
  return value === null ? NONE : String(value);
}

function latency(ms: number | null): string {
  return ms === null ? NONE : `${ms} ms`;
}

function causes(outcome: ReplayOutcome): string {
  return outcome.causes.length === 0 ? 'none' : outcome.causes.map((cause) => cause.id).join(', ');
}

type Cell = (outcome: ReplayOutcome) => string;

const ROWS: readonly (readonly [ComparisonRow['key'], string, Cell])[] = [
  ['verdict', 'Outcome', (outcome) => outcome.verdict],
  ['status', 'HTTP status', (outcome) => orNone(outcome.status)],
  ['subprotocol', 'Subprotocol', (outcome) => orNone(outcome.subprotocol)],
  ['frames', 'Frames sent / received', (outcome) => `${outcome.framesSent} / ${outcome.framesReceived}`],
  ['firstPush', 'First push after PushEnable', (outcome) => latency(outcome.firstPushLatencyMs)],
  ['closeCode', 'Close code', (outcome) => orNone(outcome.closeCode)],
  ['causes', 'Causes', causes],
];

/**
 * The side-by-side view of a replay against its original, one row per property, as text cells. First-push latency
 * is compared by presence only (a push either came or not): times differ between any two runs.
 */
export function compareOutcomes(original: ReplayOutcome, replay: ReplayOutcome): ComparisonRow[] {
  return ROWS.map(([key, label, cell]) => {
    const left = cell(original);
    const right = cell(replay);
    const same = key === 'firstPush' ? (left === NONE) === (right === NONE) : left === right;
    return { key, label, original: left, replay: right, same };
  });
}
