import type { StoredFrame } from '../../shared/protocol.ts';
import { useStore } from '../store-context.ts';
import { FrameCells } from './FrameCells.tsx';
import { ListHeader } from './ListHeader.tsx';
import { VirtualList } from './VirtualList.tsx';

const ROW_HEIGHT = 20;
const COLUMNS = ['Time', '', '#', 'Type', 'Summary', 'Size', 'Latency'];
const NO_SECRETS: readonly string[] = [];

const rowAttributes = (frame: StoredFrame) => ({
  'data-frame-id': String(frame.id),
  'data-dir': frame.dir,
  class: `frame-grid dir-row-${frame.dir}`,
});

/** The frames that pass the filters, virtualized. */
export function FrameList({ frames }: { readonly frames: readonly StoredFrame[] }) {
  const store = useStore();
  const viewById = store.viewById.value;
  return (
    <div class="frame-list">
      <ListHeader columns={COLUMNS} grid="frame-grid" />
      <VirtualList
        items={frames}
        rowHeight={ROW_HEIGHT}
        label="Frames"
        idPrefix="frame"
        keyOf={(frame) => frame.id}
        selectedKey={store.selectedFrameId.value}
        onSelect={(frame) => {
          store.selectedFrameId.value = frame.id;
        }}
        rowAttributes={rowAttributes}
        renderRow={(frame) => {
          const view = viewById.get(frame.connectionId);
          const secrets = view?.secrets ?? NO_SECRETS;
          return (
            <FrameCells frame={frame} connectionNumber={view?.number} secrets={secrets} pair={store.pairOf(frame)} />
          );
        }}
      />
    </div>
  );
}
