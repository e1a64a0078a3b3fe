import type { ContentToBackground, DevtoolsToBackground, PanelToBackground } from '../shared/protocol.ts';
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

type ReplayRecord = Extract<PanelToBackground, { type: 'replay-record' }>;
const MAX_REPLAY_FRAMES = 10_000;
export const REPLAY_ID_PREFIX = 'replay:';

function isReplayFrame(value: unknown, connectionId: string): boolean {
  if (!isObject(value) || value.connectionId !== connectionId || !Number.isFinite(value.at)) return false;
  if (value.dir !== 'sent' && value.dir !== 'received') return false;
  const { data } = value;
  if (!isObject(data)) return false;
  return data.kind === 'text' ? typeof data.text === 'string' : data.kind === 'binary' && isCount(data.size);
}

/** A replay as the panel reports it: a replay connection (by id and source) and frames of that connection only. */
export function isReplayRecord(message: unknown): message is ReplayRecord {
  if (!isObject(message) || message.type !== 'replay-record' || !Array.isArray(message.frames)) return false;
  const { connection, frames } = message;
  if (!isObject(connection) || connection.source !== 'replay' || !isObject(connection.handshake)) return false;
  const { id } = connection;
  if (typeof id !== 'string' || !id.startsWith(REPLAY_ID_PREFIX) || !Number.isFinite(connection.createdAt))
    return false;
  return frames.length <= MAX_REPLAY_FRAMES && frames.every((frame) => isReplayFrame(frame, id));
}
