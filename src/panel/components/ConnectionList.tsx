import type { ConnectionView } from '../panel-store.ts';
import { frameCountsOf } from '../store/frame-index.ts';
import { useStore } from '../store-context.ts';
import { ConnectionCells } from './ConnectionCells.tsx';
import { EmptyState } from './EmptyState.tsx';
import { ListHeader } from './ListHeader.tsx';
import { SessionHint } from './SessionHint.tsx';
import { VirtualList } from './VirtualList.tsx';

const ROW_HEIGHT = 22;
const COLUMNS = ['#', 'URL', 'State', 'Status', 'Strategy', 'Server', 'Worst', '↑', '↓', 'Time'];

function rowAttributes(view: ConnectionView): Record<string, string> {
  return {
    'data-connection-id': view.state.id,
    'data-strategy': view.analysis.auth.strategy,
    'data-status': view.analysis.status === null ? '' : String(view.analysis.status),
    'data-source': view.state.source,
    'data-phase': view.phase,
    class: `conn-grid phase-row-${view.phase}`,
  };
}

/** One row per WebSocket connection of the tab, in capture order. */
export function ConnectionList() {
  const store = useStore();
  const views = store.views.value;
  const index = store.frameIndex.value;
  const now = store.now.value;
  if (views.length === 0) {
    return (
      <EmptyState testId="no-connections">
        No WebSocket connection captured in this tab yet. Reload the page to capture the connections it opens.
        <SessionHint />
      </EmptyState>
    );
  }
  return (
    <div class="connection-list">
      <ListHeader columns={COLUMNS} grid="conn-grid" />
      <VirtualList
        items={views}
        rowHeight={ROW_HEIGHT}
        label="Connections"
        idPrefix="connection"
        keyOf={(view) => view.state.id}
        selectedKey={store.selected.value?.state.id}
        onSelect={(view) => {
          store.selectedConnectionId.value = view.state.id;
        }}
        rowAttributes={rowAttributes}
        renderRow={(view) => <ConnectionCells view={view} counts={frameCountsOf(index, view.state.id)} now={now} />}
      />
    </div>
  );
}
