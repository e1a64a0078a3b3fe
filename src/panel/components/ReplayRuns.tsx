import { useMemo } from 'preact/hooks';
import { compareOutcomes } from '../../core/replay/compare-outcomes.ts';
import { connectionOutcome, replayOutcome } from '../../core/replay/replay-outcome.ts';
import type { ConnectionView } from '../panel-store.ts';
import type { ReplayRunView } from '../replay/replay-service.ts';
import { MaskedText } from './MaskedText.tsx';

/** One replay against its original, property by property. */
function RunComparison({ view, run }: { readonly view: ConnectionView; readonly run: ReplayRunView }) {
  const context = { session: view.session };
  const outcome = useMemo(() => run.result && replayOutcome(run.result, context), [run.result, view.session]);
  const rows = useMemo(
    () => (outcome ? compareOutcomes(connectionOutcome(view.record, context), outcome) : []),
    [view.record, outcome],
  );
  const verdict = outcome?.verdict ?? 'running';
  return (
    <div class="replay-run" data-replay-id={run.id} data-verdict={verdict}>
      <h4 class="lane-title">
        Replay via {run.via} <span class="badge">{run.result ? run.result.reason : 'running…'}</span>
      </h4>
      {outcome?.detail && <MaskedText text={outcome.detail} secrets={view.secrets} />}
      {rows.length > 0 && (
        <table class="table compact compare">
          <thead>
            <tr>
              <th />
              <th>Original #{view.number}</th>
              <th>Replay</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-compare-key={row.key} data-same={row.same ? 'yes' : 'no'}>
                <th>{row.label}</th>
                <td>{row.original}</td>
                <td class={row.same ? '' : 'differs'}>{row.replay}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** This connection's replays, newest first. */
export function ReplayRuns({ view, runs }: { readonly view: ConnectionView; readonly runs: readonly ReplayRunView[] }) {
  const own = runs.filter((run) => run.of === view.state.id).reverse();
  return (
    <>
      {own.map((run) => (
        <RunComparison key={run.id} view={view} run={run} />
      ))}
    </>
  );
}
