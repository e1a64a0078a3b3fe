import { isJsonObject } from '../core/jmap/read-json-fields.ts';
import type { EndpointProfile } from '../core/replay/endpoint-profile.ts';
import { credentialProblem, type ReplayCredential } from '../core/replay/replay-credential.ts';
import { validateProfile } from '../core/replay/validate-profile.ts';

/** One saved endpoint as `storage.local` keeps it: an id (its credential's key) and the profile, nothing else. */
export interface StoredEndpoint {
  readonly id: string;
  readonly profile: EndpointProfile;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function readEntry(raw: unknown, index: number, seen: Set<string>): StoredEndpoint | string {
  const at = `saved endpoint ${index + 1}`;
  if (!isJsonObject(raw) || typeof raw.id !== 'string' || !ID.test(raw.id)) return `${at}: no valid id; ignored`;
  const checked = validateProfile(raw.profile);
  if (!checked.ok) return `${at}: ignored (${checked.errors.join('; ')})`;
  const { name } = checked.profile;
  if (seen.has(raw.id) || seen.has(`name:${name}`)) return `${at}: ignored ("${name}" or its id is saved twice)`;
  seen.add(raw.id);
  seen.add(`name:${name}`);
  return { id: raw.id, profile: checked.profile };
}

/**
 * The endpoints read back from storage, every profile through `validateProfile` again: stored data may be old, edited
 * by hand or broken. What does not check is left out with a line saying why; this never throws.
 */
export function readStoredEndpoints(stored: unknown): { endpoints: StoredEndpoint[]; problems: string[] } {
  if (stored === undefined) return { endpoints: [], problems: [] };
  if (!Array.isArray(stored)) return { endpoints: [], problems: ['the stored endpoints are not a list; ignored'] };
  const endpoints: StoredEndpoint[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  stored.forEach((raw: unknown, index) => {
    const entry = readEntry(raw, index, seen);
    if (typeof entry === 'string') problems.push(entry);
    else endpoints.push(entry);
  });
  return { endpoints, problems };
}

/** A stored credential, or why it cannot be used. */
export function readStoredCredential(raw: unknown): ReplayCredential | string {
  if (!isJsonObject(raw) || (raw.scheme !== 'Basic' && raw.scheme !== 'Bearer') || typeof raw.value !== 'string') {
    return 'not a scheme and value';
  }
  const credential: ReplayCredential = { scheme: raw.scheme, value: raw.value };
  return credentialProblem(credential) ?? credential;
}
