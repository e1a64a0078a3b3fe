import { useStore } from '../store-context.ts';
import { EmptyState } from './EmptyState.tsx';
import { FrameDetail } from './FrameDetail.tsx';
import { FrameFilters } from './FrameFilters.tsx';
import { FrameList } from './FrameList.tsx';

/** Every frame of every connection, filtered and searched, with the selected frame in full below. */
export function FramesTab() {
  const store = useStore();
  const { frames } = store.frameSearch.value;
  const selectedId = store.selectedFrameId.value;
  const selected =
    selectedId === undefined ? undefined : store.frameIndex.value.all.find((frame) => frame.id === selectedId);
  return (
    <div class="frames-tab">
      <FrameFilters />
      {frames.length === 0 ? (
        <EmptyState testId="no-frames">No frame matches.</EmptyState>
      ) : (
        <FrameList frames={frames} />
      )}
      {selected && <FrameDetail frame={selected} />}
    </div>
  );
}
