import type { TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { nextIndex } from '../dom/list-navigation.ts';

export interface TabItem<K extends string> {
  readonly key: K;
  readonly label: string;
}

interface TabStripProps<K extends string> {
  readonly tabs: readonly TabItem<K>[];
  readonly current: K;
  readonly onChange: (key: K) => void;
  readonly idPrefix: string;
}

const ARROWS: Record<string, string> = { ArrowRight: 'ArrowDown', ArrowLeft: 'ArrowUp', Home: 'Home', End: 'End' };

/** ARIA tabs: one tab stop, Left/Right/Home/End move and activate. */
export function TabStrip<K extends string>({ tabs, current, onChange, idPrefix }: TabStripProps<K>) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const key = ARROWS[event.key];
    const index = tabs.findIndex((tab) => tab.key === current);
    const target = key === undefined ? undefined : nextIndex(key, index, tabs.length, 1);
    const tab = target === undefined ? undefined : tabs[target];
    if (!tab) return;
    event.preventDefault();
    onChange(tab.key);
    ref.current?.querySelector<HTMLElement>(`#${idPrefix}-${tab.key}`)?.focus();
  };
  return (
    <div class="tab-strip" role="tablist" ref={ref} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={`${idPrefix}-${tab.key}`}
          aria-selected={tab.key === current}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={tab.key === current ? 0 : -1}
          class={tab.key === current ? 'tab current' : 'tab'}
          data-tab={tab.key}
          onClick={() => onChange(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
