import type { EndpointProfile } from '../core/replay/endpoint-profile.ts';
import { credentialProblem, type ReplayCredential } from '../core/replay/replay-credential.ts';
import { validateProfile } from '../core/replay/validate-profile.ts';
import type { Changes, EndpointAreas } from './endpoint-areas.ts';
import { readStoredCredential, readStoredEndpoints } from './read-stored-endpoints.ts';
import type { EndpointList, EndpointSave, SavedEndpoint, SaveResult } from './saved-endpoint.ts';

/**
 * The user's proxy endpoints (issue 4 §1), shared by the options page (which edits them) and the panel (which offers
 * them in the Replay tab). Profiles live in `storage.local` under one key; each endpoint's credential lives apart
 * under its own key, in `storage.session` (memory only) unless the user asked to remember it (`storage.local`).
 * A credential is never inside a profile, so never inside an export.
 */
export const ENDPOINTS_KEY = 'endpointProfiles';
export const credentialKey = (id: string): string => `endpointCredential:${id}`;

const newId = (): string => crypto.randomUUID();

export class EndpointStorage {
  readonly #areas: EndpointAreas;
  readonly #makeId: () => string;

  constructor(areas: EndpointAreas, makeId: () => string = newId) {
    this.#areas = areas;
    this.#makeId = makeId;
  }

  /** The saved endpoints, each with where its credential is; what does not validate is left out and named. */
  async list(): Promise<EndpointList> {
    const read = readStoredEndpoints((await this.#areas.local.get(ENDPOINTS_KEY))[ENDPOINTS_KEY]);
    const keys = read.endpoints.map((endpoint) => credentialKey(endpoint.id));
    if (keys.length === 0) return { endpoints: [], problems: read.problems };
    const [session, local] = await Promise.all([this.#areas.session.get(keys), this.#areas.local.get(keys)]);
    const problems = [...read.problems];
    const endpoints = read.endpoints.map((endpoint): SavedEndpoint => {
      const key = credentialKey(endpoint.id);
      const [place, raw] = key in local ? (['remembered', local[key]] as const) : (['session', session[key]] as const);
      if (raw === undefined) return { ...endpoint, credential: 'none' };
      const checked = readStoredCredential(raw);
      if (typeof checked === 'string')
        problems.push(`${endpoint.profile.name}: stored credential ignored (${checked})`);
      return { ...endpoint, credential: typeof checked === 'string' ? 'none' : place };
    });
    return { endpoints, problems };
  }

  /** The profiles alone, as the panel offers them. */
  async profiles(): Promise<EndpointProfile[]> {
    return (await this.list()).endpoints.map((endpoint) => endpoint.profile);
  }

  async save(input: EndpointSave): Promise<SaveResult> {
    const checked = validateProfile(input.profile);
    if (!checked.ok) return { ok: false, errors: [...checked.errors] };
    const problem = input.credential && credentialProblem(input.credential);
    if (problem) return { ok: false, errors: [`credential: ${problem}`] };
    const { endpoints } = await this.#stored();
    const id = input.id ?? this.#makeId();
    const clash = endpoints.find((endpoint) => endpoint.profile.name === checked.profile.name && endpoint.id !== id);
    if (clash) return { ok: false, errors: [`name: "${checked.profile.name}" is already saved`] };
    const replaced = endpoints.some((endpoint) => endpoint.id === id);
    const next = replaced
      ? endpoints.map((endpoint) => (endpoint.id === id ? { id, profile: checked.profile } : endpoint))
      : [...endpoints, { id, profile: checked.profile }];
    await this.#areas.local.set({ [ENDPOINTS_KEY]: next });
    if (input.forgetCredential) await this.#forget(id);
    else await this.#placeCredential(id, input.credential ?? (await this.credential(id)), input.remember);
    return { ok: true, id };
  }

  /** Adds imported profiles; one with the name of a saved endpoint replaces its profile and keeps its credential. */
  async importProfiles(profiles: readonly EndpointProfile[]): Promise<{ added: number; replaced: number }> {
    if (profiles.length === 0) return { added: 0, replaced: 0 };
    const next = [...(await this.#stored()).endpoints];
    let replaced = 0;
    for (const profile of profiles) {
      const same = next.find((endpoint) => endpoint.profile.name === profile.name);
      if (same) replaced++;
      if (same) next[next.indexOf(same)] = { id: same.id, profile };
      else next.push({ id: this.#makeId(), profile });
    }
    await this.#areas.local.set({ [ENDPOINTS_KEY]: next });
    return { added: profiles.length - replaced, replaced };
  }

  async remove(id: string): Promise<void> {
    const { endpoints } = await this.#stored();
    await this.#areas.local.set({ [ENDPOINTS_KEY]: endpoints.filter((endpoint) => endpoint.id !== id) });
    await this.#forget(id);
  }

  /** The credential saved with an endpoint (a remembered one first); a stored value that does not check is ignored. */
  async credential(id: string): Promise<ReplayCredential | undefined> {
    const key = credentialKey(id);
    const local = (await this.#areas.local.get(key))[key];
    const raw = local ?? (await this.#areas.session.get(key))[key];
    const checked = raw === undefined ? undefined : readStoredCredential(raw);
    return typeof checked === 'string' ? undefined : checked;
  }

  /** The credential of the saved endpoint with this name (names are unique), as the Replay tab looks it up. */
  async credentialByName(name: string): Promise<ReplayCredential | undefined> {
    const found = (await this.#stored()).endpoints.find((endpoint) => endpoint.profile.name === name);
    return found ? this.credential(found.id) : undefined;
  }

  /** Calls `listener` with the new list whenever the endpoints or a remembered credential change; returns the stop. */
  watch(listener: (list: EndpointList) => void): () => void {
    const onChanged = (changes: Changes) => {
      const ours = Object.keys(changes).some((key) => key === ENDPOINTS_KEY || key.startsWith(credentialKey('')));
      if (ours) void this.list().then(listener);
    };
    this.#areas.local.onChanged.addListener(onChanged);
    return () => this.#areas.local.onChanged.removeListener(onChanged);
  }

  async #stored() {
    return readStoredEndpoints((await this.#areas.local.get(ENDPOINTS_KEY))[ENDPOINTS_KEY]);
  }

  async #placeCredential(id: string, credential: ReplayCredential | undefined, remember: boolean): Promise<void> {
    if (!credential) return;
    const key = credentialKey(id);
    const [keep, drop] = remember ? [this.#areas.local, this.#areas.session] : [this.#areas.session, this.#areas.local];
    await keep.set({ [key]: { scheme: credential.scheme, value: credential.value } });
    await drop.remove(key);
  }

  async #forget(id: string): Promise<void> {
    const key = credentialKey(id);
    await Promise.all([this.#areas.local.remove(key), this.#areas.session.remove(key)]);
  }
}
