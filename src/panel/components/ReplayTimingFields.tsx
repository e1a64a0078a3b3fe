import type { ReplayMode } from '../../core/replay/replay-plan.ts';

const MODES: readonly (readonly [ReplayMode, string])[] = [
  ['fast', 'Resend at once'],
  ['original-timing', 'Original timing'],
  ['watch', 'Only watch for pushes'],
];

export interface ReplayTiming {
  readonly mode: ReplayMode;
  /** Response timeout, or how long to watch. */
  readonly waitS: number;
}

export const DEFAULT_TIMING: ReplayTiming = { mode: 'fast', waitS: 5 };

/** How a replay resends the captured frames and how long it waits: `<prefix>-mode`, `<prefix>-wait`. */
export function ReplayTimingFields({
  timing,
  onChange,
  testIdPrefix,
}: {
  readonly timing: ReplayTiming;
  readonly onChange: (timing: ReplayTiming) => void;
  readonly testIdPrefix: string;
}) {
  return (
    <>
      <label>
        Mode{' '}
        <select
          data-testid={`${testIdPrefix}-mode`}
          value={timing.mode}
          onChange={(e) => onChange({ ...timing, mode: e.currentTarget.value as ReplayMode })}
        >
          {MODES.map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label title="How long to wait for answers and pushes (when only watching: how long to keep the socket open)">
        Wait{' '}
        <input
          type="number"
          min={1}
          max={600}
          class="seconds"
          data-testid={`${testIdPrefix}-wait`}
          value={timing.waitS}
          onInput={(e) => onChange({ ...timing, waitS: Math.max(1, Number(e.currentTarget.value) || 1) })}
        />{' '}
        s
      </label>
    </>
  );
}
