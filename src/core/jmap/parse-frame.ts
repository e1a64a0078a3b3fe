import type { FrameData } from '../model/frame.ts';
import { describeJsonError } from './describe-json-error.ts';
import type { JmapMessage } from './jmap-message.ts';
import { parseJmapObject } from './parse-jmap-object.ts';
import { isJsonObject, jsonKind } from './read-json-fields.ts';

const BINARY_REASON = 'RFC 8887 §4.3: JMAP messages must be UTF-8 text frames; a binary frame carries none';

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: describeJsonError(text, error) };
  }
}

/** Types one WebSocket frame as a JMAP message. Never throws: whatever is not JMAP says why in `reason`. */
export function parseFrame(data: FrameData): JmapMessage {
  if (data.kind === 'binary') return { type: 'binary', size: data.size, reason: BINARY_REASON };
  const json = parseJson(data.text);
  if (!json.ok) return { type: 'invalid-json', reason: json.reason };
  if (!isJsonObject(json.value)) {
    return { type: 'unknown', atType: null, reason: `a JSON ${jsonKind(json.value)}, not a JMAP message object` };
  }
  return parseJmapObject(json.value);
}
