/** The storage areas the saved endpoints live in (`storage.local`, `storage.session`), as far as they are used. */
export type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** The part of a `storage.*` area used here. */
export interface EndpointArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface EndpointAreas {
  readonly local: EndpointArea & {
    /** `storage.local.onChanged`, never the global `storage.onChanged` (it would hear every tab save). */
    readonly onChanged: {
      addListener(listener: (changes: Changes) => void): void;
      removeListener(listener: (changes: Changes) => void): void;
    };
  };
  readonly session: EndpointArea;
}
