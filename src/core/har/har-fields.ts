import { LIMITS } from '../bundle/bundle-limits.ts';
import { ShapeError } from '../bundle/strict-fields.ts';
import { isJsonObject, type JsonObject } from '../jmap/read-json-fields.ts';
import type { HttpHeader } from '../model/http-header.ts';
import { decodeBase64Text } from '../secrets/base64.ts';

/** Response bodies longer than this are not decoded: no session or ticket answer is anywhere near it. */
const MAX_BODY_CHARS = 4 * 1024 * 1024;

/** An own member of a parsed object (a parsed `{}` must not answer `constructor`). */
export function member(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A member that must be an object; a ShapeError naming it otherwise. */
export function objectAt(object: JsonObject, key: string, where: string): JsonObject {
  const value = member(object, key);
  if (!isJsonObject(value)) throw new ShapeError(`${where}.${key} is not an object`);
  return value;
}

export function stringAt(object: JsonObject, key: string, where: string, max: number = LIMITS.text): string {
  const value = member(object, key);
  if (typeof value !== 'string' || value.length > max)
    throw new ShapeError(`${where}.${key} is not a string of at most ${max} characters`);
  return value;
}

export function optionalString(object: JsonObject, key: string, max: number = LIMITS.shortText): string | undefined {
  const value = member(object, key);
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

/** Epoch ms of an ISO 8601 member such as `startedDateTime` (Firefox writes a local offset, Chrome `Z`). */
export function timeAt(object: JsonObject, key: string, where: string): number {
  const at = Date.parse(stringAt(object, key, where, LIMITS.shortText));
  if (Number.isNaN(at)) throw new ShapeError(`${where}.${key} is not an ISO 8601 time`);
  return at;
}

/** A header list; items that are not a name and a value of bounded size are dropped (counted in `dropped`). */
export function headersAt(object: JsonObject, key: string, dropped: { count: number }): HttpHeader[] {
  const value = member(object, key);
  if (!Array.isArray(value)) return [];
  const headers: HttpHeader[] = [];
  for (const item of value.slice(0, LIMITS.lines)) {
    const name = isJsonObject(item) ? optionalString(item, 'name') : undefined;
    const text = isJsonObject(item) ? optionalString(item, 'value', LIMITS.text) : undefined;
    if (name === undefined || text === undefined) dropped.count++;
    else headers.push({ name, value: text });
  }
  dropped.count += Math.max(0, value.length - LIMITS.lines);
  return headers;
}

/** Media a JMAP session or ticket answer never is: not worth decoding (a HAR holds many images in base64). */
const MEDIA = /^\s*(?:image|audio|video|font)\//i;

/** `response.content.text`, decoded when `encoding` is base64; undefined when absent, too large, media or not base64. */
export function contentText(response: JsonObject): string | undefined {
  const content = member(response, 'content');
  if (!isJsonObject(content)) return undefined;
  const text = member(content, 'text');
  if (typeof text !== 'string' || text.length > MAX_BODY_CHARS) return undefined;
  if (member(content, 'encoding') !== 'base64') return text;
  const mimeType = member(content, 'mimeType');
  return typeof mimeType === 'string' && MEDIA.test(mimeType) ? undefined : decodeBase64Text(text);
}
