import { describeDrops } from '../format/describe-drops.ts';
import { useStore } from '../store-context.ts';

/** Always visible while anything was dropped: the panel never loses frames silently. */
export function DropCounter() {
  const store = useStore();
  const text = describeDrops(store.dropped.value, store.frameCap.value);
  if (text === undefined) return null;
  return (
    <span class="drops" data-testid="dropped" role="status">
      ⚠ {text}
    </span>
  );
}
