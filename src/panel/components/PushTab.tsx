import { useMemo } from 'preact/hooks';
import { pushTimeline } from '../format/push-timeline.ts';
import type { ConnectionView } from '../panel-store.ts';
import { EmptyState } from './EmptyState.tsx';
import { PushLaneTable } from './PushLaneTable.tsx';
import { PushStatusSection } from './PushStatusSection.tsx';

/** Push over this connection: whether it was switched on, and each StateChange per account and type. */
export function PushTab({ view }: { readonly view: ConnectionView }) {
  const lanes = useMemo(() => pushTimeline(view.record.frames), [view.record.frames]);
  return (
    <div class="push" data-testid="push">
      <PushStatusSection push={view.analysis.push} />
      {lanes.length === 0 ? (
        <EmptyState testId="no-state-changes">The server pushed no StateChange on this connection.</EmptyState>
      ) : (
        lanes.map((lane) => <PushLaneTable key={`${lane.accountId} ${lane.dataType}`} lane={lane} />)
      )}
    </div>
  );
}
