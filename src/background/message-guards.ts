import type { ContentToBackground, DevtoolsToBackground } from '../shared/protocol.ts';
import { PROTOCOL_VERSION } from '../shared/protocol.ts';

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const MAX_SESSION_CHARS = 2 * 1024 * 1024;

/** The envelope the bridge built; the batch text inside is parsed and validated by `toPageBatch`. */
export function isPageBatchMessage(message: unknown): message is ContentToBackground {
  if (!isObject(message) || message.type !== 'page-batch') return false;
  const { document, pageUrl, seq, batch, rejected } = message;
  return (
    typeof document === 'string' &&
    typeof pageUrl === 'string' &&
    isCount(seq) &&
    isCount(rejected) &&
    typeof batch === 'string'
  );
}

function isSighting(value: unknown): boolean {
  return (
    isObject(value) &&
    Number.isFinite(value.at) &&
    typeof value.url === 'string' &&
    typeof value.body === 'string' &&
    value.body.length <= MAX_SESSION_CHARS
  );
}

function isMint(value: unknown): boolean {
  if (!isObject(value) || !Number.isFinite(value.at) || typeof value.url !== 'string') return false;
  return Number.isSafeInteger(value.status) && (value.ticket === undefined || isObject(value.ticket));
}

export function isDevtoolsMessage(message: unknown): message is DevtoolsToBackground {
  if (!isObject(message) || message.v !== PROTOCOL_VERSION || !isCount(message.tabId)) return false;
  if (message.type === 'session-seen') return isSighting(message.session);
  return message.type === 'ticket-minted' && isMint(message.mint);
}
