import type { ConnectionRecord } from '../core/model/connection-record.ts';
import { CAUSE_FIX } from '../core/replay/cause-fix.ts';
import type { OutcomeVerdict, ReplayOutcome } from '../core/replay/replay-outcome.ts';
import type { CliIo } from './cli-io.ts';
import { type TerminalLine, writeTerminalLines } from './terminal-lines.ts';

const HEADLINES: Readonly<Record<OutcomeVerdict, string>> = {
  'push-works': 'push works',
  connected: 'connected, no StateChange within the wait',
  dropped: 'connected, then dropped',
  refused: 'refused',
  unreachable: 'unreachable',
  'not-run': 'not run',
};

/** Whether the probe counts as a success: push works, or the socket opened and ended normally. */
export function probeSucceeded(outcome: ReplayOutcome): boolean {
  return outcome.verdict === 'push-works' || outcome.verdict === 'connected';
}

function facts(outcome: ReplayOutcome, record: ConnectionRecord | undefined): string[] {
  const latency = outcome.firstPushLatencyMs === null ? 'none' : `${outcome.firstPushLatencyMs} ms after PushEnable`;
  return [
    ...(record === undefined ? [] : [`URL:          ${record.handshake.url}`]),
    `Status:       ${outcome.status === null ? 'no HTTP answer' : `HTTP ${outcome.status}`}`,
    `Subprotocol:  ${outcome.subprotocol ?? 'none'}`,
    `Frames:       ${outcome.framesSent} sent, ${outcome.framesReceived} received`,
    `First push:   ${latency}`,
    `Close code:   ${outcome.closeCode ?? 'none'}`,
    ...(outcome.detail === undefined ? [] : [`Detail:       ${outcome.detail}`]),
  ];
}

function causeLines(outcome: ReplayOutcome): TerminalLine[] {
  if (outcome.causes.length === 0) return [];
  return [
    [],
    [['bold', 'Causes:']],
    ...outcome.causes.flatMap((cause): TerminalLine[] => [
      ['  - ', ['bold', cause.title], ` (${cause.id})`],
      [`    ${cause.explanation}`],
      [`    Fix: ${CAUSE_FIX[cause.id]}`],
      ...cause.checks.map((check) => [`    check: ${check}`]),
    ]),
  ];
}

/** The probe's outcome for a terminal, every value redacted with the credential's own forms and made inert. */
export function printOutcome(
  io: CliIo,
  outcome: ReplayOutcome,
  record: ConnectionRecord | undefined,
  secrets: readonly string[],
): void {
  const headline = `Outcome: ${HEADLINES[outcome.verdict]}`;
  const lines: TerminalLine[] = [
    [[probeSucceeded(outcome) ? 'bold' : 'red', headline]],
    ...facts(outcome, record).map((fact) => [fact]),
    ...causeLines(outcome),
  ];
  writeTerminalLines(io, lines, secrets);
}
