import type { TargetedKeyboardEvent } from 'preact';
import { useState } from 'preact/hooks';
import { nextIndex } from './list-navigation.ts';

export type ListKey = string | number;

interface ActiveRowOptions<T> {
  readonly items: readonly T[];
  readonly keyOf: (item: T) => ListKey;
  readonly selectedKey: ListKey | undefined;
  /** Rows a Page key moves. */
  readonly page: number;
  readonly reveal: (index: number) => void;
  readonly onSelect: (item: T) => void;
}

/**
 * The row keyboard focus is on (aria-activedescendant), starting at the selected one: arrows, Page keys, Home and
 * End move it; Enter and Space select it. Kept by key, so it stays on its row when rows are added.
 */
export function useActiveRow<T>({ items, keyOf, selectedKey, page, reveal, onSelect }: ActiveRowOptions<T>) {
  const [activeKey, setActiveKey] = useState<ListKey | undefined>(undefined);
  const active = Math.max(
    0,
    items.findIndex((item) => keyOf(item) === (activeKey ?? selectedKey)),
  );
  const activeItem = items[active];
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    const target = nextIndex(event.key, active, items.length, page);
    const targetItem = target === undefined ? undefined : items[target];
    if (target !== undefined && targetItem !== undefined) {
      setActiveKey(keyOf(targetItem));
      reveal(target);
    } else if ((event.key === 'Enter' || event.key === ' ') && activeItem !== undefined) onSelect(activeItem);
    else return;
    event.preventDefault();
  };
  return { active, activeItem, setActiveKey, onKeyDown };
}
