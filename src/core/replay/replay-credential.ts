/**
 * The secret a replay uses, kept apart from any profile: `Bearer` holds the bare token, `Basic` the base64 of
 * `user:password`. The caller stores it (storage.session unless the user asks to remember it) and never exports it.
 */
export interface ReplayCredential {
  readonly scheme: 'Basic' | 'Bearer';
  readonly value: string;
}

/** Printable ASCII without spaces: what can stand after the scheme in a header without being split or injected. */
const HEADER_TOKEN = /^[\x21-\x7e]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Why this credential cannot be used, or undefined when it can. */
export function credentialProblem(credential: ReplayCredential): string | undefined {
  const { scheme, value } = credential;
  if (scheme !== 'Basic' && scheme !== 'Bearer') return 'the scheme must be Basic or Bearer';
  if (value === '') return 'the credential is empty';
  if (!HEADER_TOKEN.test(value)) return 'the credential may hold only printable ASCII without spaces (no CR, LF, NUL)';
  if (scheme === 'Basic' && (!BASE64.test(value) || value.length % 4 !== 0)) {
    return 'Basic credentials must be the padded base64 of user:password';
  }
  return undefined;
}

/** Basic credentials from a user name and password, as browsers and TMail build them (UTF-8, standard base64). */
export function basicCredential(username: string, password: string): ReplayCredential {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return { scheme: 'Basic', value: btoa(String.fromCharCode(...bytes)) };
}

/** `Basic dXNl…` / `Bearer eyJ…`: the Authorization header value. */
export function authorizationValue(credential: ReplayCredential): string {
  return `${credential.scheme} ${credential.value}`;
}
