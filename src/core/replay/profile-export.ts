import { isJsonObject } from '../jmap/read-json-fields.ts';
import type { EndpointProfile } from './endpoint-profile.ts';
import { validateProfile } from './validate-profile.ts';

export const PROFILE_EXPORT_FORMAT = 'jmap-push-inspector/endpoints';
export const PROFILE_EXPORT_VERSION = 1;

/**
 * The profiles as JSON text for a file. Credentials are never in it: `validateProfile` copies only profile fields
 * (anything else an object carries is dropped), and a profile that does not validate (a credential parameter in its URL or extra parameters, say) is left out and named.
 */
export function exportProfiles(profiles: readonly EndpointProfile[]): { text: string; skipped: string[] } {
  const endpoints: EndpointProfile[] = [];
  const skipped: string[] = [];
  for (const profile of profiles) {
    const checked = validateProfile(profile);
    if (checked.ok) endpoints.push(checked.profile);
    else skipped.push(`${profile.name || 'unnamed'}: ${checked.errors.join('; ')}`);
  }
  const text = JSON.stringify({ format: PROFILE_EXPORT_FORMAT, version: PROFILE_EXPORT_VERSION, endpoints }, null, 2);
  return { text, skipped };
}

export interface ProfileImport {
  readonly profiles: readonly EndpointProfile[];
  /** One line per endpoint that was refused, or for a file that is not an export at all. */
  readonly errors: readonly string[];
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads an export back, validating every endpoint as `validateProfile` does. Never throws. */
export function importProfiles(text: string): ProfileImport {
  const json = parse(text);
  if (!isJsonObject(json) || json.format !== PROFILE_EXPORT_FORMAT || !Array.isArray(json.endpoints)) {
    return {
      profiles: [],
      errors: [`not an endpoint export (expected JSON with "format": "${PROFILE_EXPORT_FORMAT}")`],
    };
  }
  if (json.version !== PROFILE_EXPORT_VERSION) {
    return {
      profiles: [],
      errors: [`unsupported export version ${String(json.version)} (expected ${PROFILE_EXPORT_VERSION})`],
    };
  }
  const profiles: EndpointProfile[] = [];
  const errors: string[] = [];
  json.endpoints.forEach((endpoint: unknown, index: number) => {
    const checked = validateProfile(endpoint);
    if (checked.ok) profiles.push(checked.profile);
    else errors.push(`endpoint ${index + 1}: ${checked.errors.join('; ')}`);
  });
  return { profiles, errors };
}
