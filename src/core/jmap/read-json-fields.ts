import type { CorrelationId, Invocation, TypeStateMap } from './jmap-message.ts';

export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 'null', 'array', 'object', 'string', 'number' or 'boolean': names a JSON value's kind without echoing it. */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isInvocation(value: unknown): value is Invocation {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'string' &&
    isJsonObject(value[1]) &&
    typeof value[2] === 'string'
  );
}

function isStringMap(value: unknown): value is Readonly<Record<string, string>> {
  return isJsonObject(value) && Object.values(value).every((state) => typeof state === 'string');
}

/**
 * Reads typed members of one JSON object. A member of the wrong type is not thrown: the first one is kept in
 * `problem` (naming the member and the kind found, never its value) and a neutral value is returned, so a parser
 * reads every member and then checks `problem` once.
 */
export class JsonFields {
  #problem: string | undefined;

  constructor(private readonly object: JsonObject) {}

  get problem(): string | undefined {
    return this.#problem;
  }

  /** Own members only: a parsed `{}` must not answer `constructor` from Object.prototype. */
  has(key: string): boolean {
    return Object.hasOwn(this.object, key);
  }

  optionalString(key: string): string | undefined {
    const value = this.#get(key);
    if (value === undefined || typeof value === 'string') return value;
    return this.#fail(key, 'a string', value, undefined);
  }

  optionalNumber(key: string): number | undefined {
    const value = this.#get(key);
    if (value === undefined || typeof value === 'number') return value;
    return this.#fail(key, 'a number', value, undefined);
  }

  /** RFC 8887 `id` / `requestId`: a string, JSON null (James), or absent (Stalwart). */
  correlationId(key: string): CorrelationId {
    const value = this.#get(key);
    if (value === undefined || value === null || typeof value === 'string') return value;
    return this.#fail(key, 'a string or null', value, undefined);
  }

  stringArray(key: string): readonly string[] {
    const value = this.#required(key);
    if (isStringArray(value)) return value;
    return this.#fail(key, 'an array of strings', value, []);
  }

  /** RFC 8887 §4.3.5.2 `dataTypes`: null, like an absent member, means every type. */
  nullableStringArray(key: string): readonly string[] | null {
    const value = this.#get(key);
    if (value === undefined || value === null) return null;
    if (isStringArray(value)) return value;
    return this.#fail(key, 'an array of strings or null', value, null);
  }

  invocations(key: string): readonly Invocation[] {
    const value = this.#required(key);
    if (Array.isArray(value) && value.every(isInvocation)) return value;
    return this.#fail(key, 'an array of [name, arguments, callId] invocations', value, []);
  }

  typeStateMap(key: string): TypeStateMap {
    const value = this.#required(key);
    if (isJsonObject(value) && Object.values(value).every(isStringMap)) return value as TypeStateMap;
    return this.#fail(key, 'a map of account id to {type name: state string}', value, {});
  }

  #get(key: string): unknown {
    return this.has(key) ? this.object[key] : undefined;
  }

  #required(key: string): unknown {
    if (this.has(key)) return this.object[key];
    this.#problem ??= `"${key}" is missing`;
    return undefined;
  }

  #fail<T>(key: string, expected: string, found: unknown, fallback: T): T {
    if (found !== undefined) this.#problem ??= `"${key}" must be ${expected}, got ${describe(found)}`;
    return fallback;
  }
}

function describe(value: unknown): string {
  const kind = jsonKind(value);
  return kind === 'array' || kind === 'object' ? `an ${kind}` : kind;
}
