import { formatElapsed } from '../format/format-elapsed.ts';
import { formatTime } from '../format/format-time.ts';
import type { PushLane } from '../format/push-timeline.ts';
import { Value } from './Value.tsx';

/** The StateChanges of one account and type, with the gap since the previous one; long gaps stand out. */
export function PushLaneTable({ lane }: { readonly lane: PushLane }) {
  return (
    <section class="push-lane" data-account={lane.accountId} data-type={lane.dataType}>
      <h4 class="lane-title">
        <span class="badge type-badge">{lane.dataType}</span> account <Value text={lane.accountId} label="account id" />
        <span class="muted">{` · ${lane.entries.length} ${lane.entries.length === 1 ? 'change' : 'changes'}`}</span>
      </h4>
      <table class="table compact">
        <thead>
          <tr>
            <th>Time</th>
            <th>State</th>
            <th>pushState</th>
            <th>Gap</th>
          </tr>
        </thead>
        <tbody>
          {lane.entries.map((entry) => (
            <tr
              key={entry.frameId}
              class={entry.longGap ? 'long-gap' : undefined}
              data-long-gap={entry.longGap ? 'true' : undefined}
            >
              <td class="mono">{formatTime(entry.at)}</td>
              <td>
                <Value text={entry.state} label="state" />
              </td>
              <td>
                {entry.pushState ? <Value text={entry.pushState} label="pushState" /> : <span class="muted">—</span>}
              </td>
              <td class="mono">
                {entry.gapMs === undefined ? '' : `${formatElapsed(entry.gapMs)}${entry.longGap ? ' ⚠ long gap' : ''}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
