import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { type ListKey, useActiveRow } from '../dom/use-active-row.ts';
import { useVirtualWindow } from '../dom/use-virtual-window.ts';
import { VirtualRow } from './VirtualRow.tsx';

export type { ListKey } from '../dom/use-active-row.ts';

export interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly rowHeight: number;
  readonly label: string;
  readonly idPrefix: string;
  readonly keyOf: (item: T) => ListKey;
  readonly selectedKey: ListKey | undefined;
  readonly onSelect: (item: T) => void;
  readonly renderRow: (item: T) => ComponentChildren;
  /** `data-*` attributes and extra classes of a row. */
  readonly rowAttributes?: (item: T) => Record<string, string>;
  readonly class?: string;
}

/**
 * A listbox that renders only the rows in view, so 100 000 rows cost what 50 do. One tab stop; arrows, Page keys,
 * Home and End move the active row; Enter or Space selects it; a click does both.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, keyOf } = props;
  const ref = useRef<HTMLDivElement>(null);
  const view = useVirtualWindow(ref, items.length, props.rowHeight);
  const { active, activeItem, setActiveKey, onKeyDown } = useActiveRow({
    items,
    keyOf,
    selectedKey: props.selectedKey,
    page: view.page,
    reveal: view.reveal,
    onSelect: props.onSelect,
  });
  return (
    <div
      ref={ref}
      class={`vlist ${props.class ?? ''}`}
      role="listbox"
      aria-label={props.label}
      tabIndex={0}
      aria-activedescendant={activeItem === undefined ? undefined : `${props.idPrefix}-${keyOf(activeItem)}`}
      onKeyDown={onKeyDown}
      onScroll={view.onScroll}
    >
      <div class="vlist-spacer" style={{ height: `${items.length * props.rowHeight}px` }}>
        {items.slice(view.first, view.last).map((item, offset) => (
          <VirtualRow
            key={keyOf(item)}
            list={props}
            item={item}
            index={view.first + offset}
            active={view.first + offset === active}
            onActivate={() => setActiveKey(keyOf(item))}
          />
        ))}
      </div>
    </div>
  );
}
