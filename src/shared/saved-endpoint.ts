import type { ReplayCredential } from '../core/replay/replay-credential.ts';
import type { StoredEndpoint } from './read-stored-endpoints.ts';

/** Where an endpoint's credential is kept: memory only, remembered on disk, or nowhere. */
export type CredentialPlace = 'session' | 'remembered' | 'none';

export interface SavedEndpoint extends StoredEndpoint {
  readonly credential: CredentialPlace;
}

export interface EndpointList {
  readonly endpoints: readonly SavedEndpoint[];
  /** Stored data that was ignored, one line each. */
  readonly problems: readonly string[];
}

export interface EndpointSave {
  /** Absent for a new endpoint. */
  readonly id?: string;
  /** Validated with `validateProfile`: only profile fields are kept. */
  readonly profile: unknown;
  /** A new credential; absent keeps the one saved (moved if `remember` changed). */
  readonly credential?: ReplayCredential;
  readonly remember: boolean;
  /** Drops the saved credential. */
  readonly forgetCredential?: boolean;
}

export type SaveResult = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly errors: string[] };
