import { isJsonObject, jsonKind } from '../jmap/read-json-fields.ts';

/** What the readers throw: the path of the bad member and the problem, on one line, never the member's value. */
export class ShapeError extends Error {}

const QUOTE_MAX = 40;

/** A value from a file named in a message: JSON-quoted (so no line break survives) and cut short. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > QUOTE_MAX ? `${value.slice(0, QUOTE_MAX)}…` : value);
}

function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  const kind = jsonKind(value);
  return kind === 'null' ? 'null' : `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/** The message of a ShapeError, or the problem as it is: what the importers put in their one-line errors. */
export function problemOf(error: unknown): string {
  if (error instanceof ShapeError) return error.message;
  return error instanceof RangeError ? 'nested too deeply or too large to read' : 'unreadable';
}

/**
 * Typed, bounded members of one object from an untrusted file. Each reader throws a ShapeError naming the member's
 * path; the readers are arrow properties so they can be passed to `optional`. Only own members count (a parsed `{}`
 * must not answer `constructor`).
 */
export class StrictFields {
  private constructor(
    private readonly object: Readonly<Record<string, unknown>>,
    readonly at: string,
  ) {}

  static of(value: unknown, at: string): StrictFields {
    if (!isJsonObject(value)) throw new ShapeError(`${at}: must be an object, got ${found(value)}`);
    return new StrictFields(value, at);
  }

  has(key: string): boolean {
    return Object.hasOwn(this.object, key);
  }

  path(key: string): string {
    return `${this.at}.${key}`;
  }

  raw(key: string): unknown {
    return this.has(key) ? this.object[key] : undefined;
  }

  optional<T>(key: string, read: (key: string) => T): T | undefined {
    return this.has(key) ? read(key) : undefined;
  }

  readonly fields = (key: string): StrictFields => StrictFields.of(this.raw(key), this.path(key));

  readonly string = (key: string, max: number): string => {
    const value = this.raw(key);
    if (typeof value === 'string' && value.length <= max) return value;
    return this.fail(key, `a string of at most ${max} characters`, value);
  };

  /** Any finite number (JSON cannot hold the others). */
  readonly number = (key: string): number => {
    const value = this.raw(key);
    return typeof value === 'number' && Number.isFinite(value) ? value : this.fail(key, 'a finite number', value);
  };

  readonly count = (key: string, max = Number.MAX_SAFE_INTEGER): number => {
    const value = this.raw(key);
    if (Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max) return value as number;
    return this.fail(key, `a whole number from 0 to ${max}`, value);
  };

  readonly boolean = (key: string): boolean => {
    const value = this.raw(key);
    return typeof value === 'boolean' ? value : this.fail(key, 'true or false', value);
  };

  choice<T extends string>(key: string, choices: readonly T[]): T {
    const value = this.raw(key);
    const choice = choices.find((candidate) => candidate === value);
    if (choice !== undefined) return choice;
    const got = typeof value === 'string' ? quoted(value) : found(value);
    throw new ShapeError(`${this.path(key)}: must be one of ${choices.join(', ')}, got ${got}`);
  }

  array(key: string, max: number): readonly unknown[] {
    const value = this.raw(key);
    if (Array.isArray(value) && value.length <= max) return value;
    return this.fail(key, `an array of at most ${max} items`, value);
  }

  strings(key: string, maxItems: number, maxChars: number): string[] {
    return this.array(key, maxItems).map((item, index) => {
      if (typeof item === 'string' && item.length <= maxChars) return item;
      return this.fail(`${key}[${index}]`, `a string of at most ${maxChars} characters`, item);
    });
  }

  /** The objects of an array member, each read with its own path. */
  list<T>(key: string, max: number, read: (item: StrictFields) => T): T[] {
    return this.array(key, max).map((item, index) => read(StrictFields.of(item, `${this.path(key)}[${index}]`)));
  }

  private fail(key: string, expected: string, value: unknown): never {
    throw new ShapeError(`${this.path(key)}: must be ${expected}, got ${found(value)}`);
  }
}
