import { type JmapMessageType, NAMED_MESSAGE_TYPES } from '../../core/jmap/jmap-message.ts';
import type { StoredFrame } from '../../shared/protocol.ts';
import type { FrameFilter } from './frame-filter.ts';
import type { FrameTypeOf } from './frame-type-cache.ts';

export interface FrameSearchResult {
  readonly frames: readonly StoredFrame[];
  /** Why the regular expression is not valid; nothing matches then. */
  readonly error?: string;
}

/** Types whose frames must spell the type name in their text, so a cheap `includes` can rule frames out. */
const NAMED_TYPES = new Set<JmapMessageType>(NAMED_MESSAGE_TYPES);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matcherFor(filter: FrameFilter): RegExp | string | undefined {
  if (filter.query === '') return undefined;
  try {
    return new RegExp(filter.regex ? filter.query : escapeRegExp(filter.query), 'i');
  } catch (error) {
    return error instanceof Error ? error.message : 'invalid regular expression';
  }
}

function searchableText(frame: StoredFrame): string {
  return frame.data.kind === 'text' ? frame.data.text : frame.data.headHex;
}

function typeMatches(frame: StoredFrame, type: FrameFilter['type'], typeOf: FrameTypeOf): boolean {
  if (type === 'all') return true;
  if (type === 'binary') return frame.data.kind === 'binary';
  if (NAMED_TYPES.has(type) && (frame.data.kind !== 'text' || !frame.data.text.includes(type))) return false;
  return typeOf(frame) === type;
}

/**
 * The frames that pass every filter, in capture order. The cheap tests run first (connection, direction, text) and the
 * JMAP type, which needs a parse (cached per frame), last.
 */
export function searchFrames(
  frames: readonly StoredFrame[],
  filter: FrameFilter,
  options: { readonly connectionId?: string; readonly typeOf: FrameTypeOf },
): FrameSearchResult {
  const matcher = matcherFor(filter);
  if (typeof matcher === 'string') return { frames: [], error: matcher };
  const connectionId = filter.scope === 'selected' ? (options.connectionId ?? '') : undefined;
  const found: StoredFrame[] = [];
  for (const frame of frames) {
    if (connectionId !== undefined && frame.connectionId !== connectionId) continue;
    if (filter.direction !== 'all' && frame.dir !== filter.direction) continue;
    if (matcher && !matcher.test(searchableText(frame))) continue;
    if (!typeMatches(frame, filter.type, options.typeOf)) continue;
    found.push(frame);
  }
  return { frames: found };
}
