import type { VirtualListProps } from './VirtualList.tsx';

interface RowProps<T> {
  readonly list: VirtualListProps<T>;
  readonly item: T;
  readonly index: number;
  readonly active: boolean;
  readonly onActivate: () => void;
}

/** One absolutely placed row of a VirtualList. */
export function VirtualRow<T>({ list, item, index, active, onActivate }: RowProps<T>) {
  const key = list.keyOf(item);
  const selected = key === list.selectedKey;
  const { class: extraClass = '', ...attributes } = list.rowAttributes?.(item) ?? {};
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: the listbox holds focus and points here with aria-activedescendant
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (arrows, Enter, Space) for every row
    <div
      {...attributes}
      id={`${list.idPrefix}-${key}`}
      role="option"
      aria-selected={selected}
      class={`vlist-row ${extraClass}${active ? ' active' : ''}${selected ? ' selected' : ''}`}
      style={{ top: `${index * list.rowHeight}px`, height: `${list.rowHeight}px` }}
      onClick={() => {
        onActivate();
        list.onSelect(item);
      }}
    >
      {list.renderRow(item)}
    </div>
  );
}
