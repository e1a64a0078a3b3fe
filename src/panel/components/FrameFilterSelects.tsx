import type { Direction } from '../../core/model/frame.ts';
import { typeLabel } from '../format/type-label.ts';
import { FRAME_TYPES, type FrameFilter } from '../store/frame-filter.ts';

interface FrameFilterSelectsProps {
  readonly filter: FrameFilter;
  readonly set: (change: Partial<FrameFilter>) => void;
}

/** Direction, JMAP type and connection scope. */
export function FrameFilterSelects({ filter, set }: FrameFilterSelectsProps) {
  return (
    <>
      <select
        aria-label="Direction"
        value={filter.direction}
        onChange={(event) => set({ direction: event.currentTarget.value as Direction | 'all' })}
      >
        <option value="all">↑↓ both</option>
        <option value="sent">↑ sent</option>
        <option value="received">↓ received</option>
      </select>
      <select
        aria-label="JMAP type"
        value={filter.type}
        onChange={(event) => set({ type: event.currentTarget.value as FrameFilter['type'] })}
      >
        <option value="all">every type</option>
        {FRAME_TYPES.map((type) => (
          <option key={type} value={type}>
            {typeLabel(type)}
          </option>
        ))}
      </select>
      <select
        aria-label="Connection"
        value={filter.scope}
        onChange={(event) => set({ scope: event.currentTarget.value as FrameFilter['scope'] })}
      >
        <option value="all">all connections</option>
        <option value="selected">selected connection</option>
      </select>
    </>
  );
}
