import type { FrameFilter } from '../store/frame-filter.ts';
import { useStore } from '../store-context.ts';
import { FrameFilterSelects } from './FrameFilterSelects.tsx';

const count = (value: number) => value.toLocaleString('en-US');

/** Search box with a regex toggle, and the direction, type and connection filters, with the match count. */
export function FrameFilters() {
  const store = useStore();
  const filter = store.frameFilter.value;
  const { frames, error } = store.frameSearch.value;
  const set = (change: Partial<FrameFilter>) => {
    store.frameFilter.value = { ...filter, ...change };
  };
  return (
    <fieldset class="filters" aria-label="Frame filters">
      <input
        type="search"
        class={error ? 'search invalid' : 'search'}
        placeholder={filter.regex ? 'Regular expression' : 'Search frames'}
        aria-label="Search frame text"
        aria-invalid={error !== undefined}
        value={filter.query}
        onInput={(event) => set({ query: event.currentTarget.value })}
      />
      <label class="check" title="Treat the search as a regular expression (case-insensitive)">
        <input
          type="checkbox"
          checked={filter.regex}
          onChange={(event) => set({ regex: event.currentTarget.checked })}
        />
        .* Regex
      </label>
      <FrameFilterSelects filter={filter} set={set} />
      <span class={error ? 'match-count invalid' : 'match-count'} data-testid="match-count" role="status">
        {error ? `Invalid regex: ${error}` : `${count(frames.length)} of ${count(store.frameIndex.value.all.length)}`}
      </span>
    </fieldset>
  );
}
