import type { ContentToBackground } from '../shared/protocol.ts';
import type { PageBatch } from './page-batch.ts';
import { parsePageBatch } from './parse-page-batch.ts';

/**
 * Parses the hook's batch text. An unreadable batch, or one whose sequence number is not the one the bridge read
 * from it, still advances the sequence (so it is acknowledged and not sent again) but carries no event, only a count.
 */
export function toPageBatch(message: ContentToBackground): PageBatch {
  const parsed = parsePageBatch(message.batch);
  const { document, pageUrl, seq } = message;
  if (!parsed || parsed.seq !== seq) return { document, pageUrl, seq, events: [], rejected: message.rejected + 1 };
  return { document, pageUrl, seq, events: parsed.events, rejected: message.rejected + parsed.rejected };
}
