import { signal } from '@preact/signals';
import { type FrameFilter, NO_FRAME_FILTER } from './frame-filter.ts';

export const DETAIL_TABS = ['overview', 'handshake', 'security', 'frames', 'push', 'diagnosis', 'replay'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

/** What the user chose in the panel; survives snapshots. */
export function createUiState() {
  return {
    /** Screen-sharing mode: every secret masked, no reveal button anywhere. */
    presentation: signal(false),
    selectedConnectionId: signal<string | undefined>(undefined),
    detailTab: signal<DetailTab>('overview'),
    frameFilter: signal<FrameFilter>(NO_FRAME_FILTER),
    selectedFrameId: signal<number | undefined>(undefined),
  };
}

export type UiState = ReturnType<typeof createUiState>;
