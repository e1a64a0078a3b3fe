import { JMAP_MESSAGE_TYPES, type JmapMessageType } from '../../core/jmap/jmap-message.ts';
import type { Direction } from '../../core/model/frame.ts';

export interface FrameFilter {
  /** Plain text (case-insensitive) or a regular expression, matched against the frame text (hex for binary). */
  readonly query: string;
  readonly regex: boolean;
  readonly direction: Direction | 'all';
  readonly type: JmapMessageType | 'all';
  /** Every connection, or only the one selected in the list. */
  readonly scope: 'all' | 'selected';
}

export const NO_FRAME_FILTER: FrameFilter = { query: '', regex: false, direction: 'all', type: 'all', scope: 'all' };

export const FRAME_TYPES: readonly JmapMessageType[] = JMAP_MESSAGE_TYPES;
