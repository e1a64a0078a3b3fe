import {
  DEFAULT_ENCODING,
  DEFAULT_SUBPROTOCOLS,
  type EndpointProfile,
  type QueryParamPair,
  type ReplayEncoding,
  type ReplayTransport,
} from '../../core/replay/endpoint-profile.ts';
import { basicCredential, type ReplayCredential } from '../../core/replay/replay-credential.ts';

export type CredentialKind = 'Bearer' | 'Basic' | 'user-password';

/** What the endpoint form holds, as typed: all text, turned into a profile and a credential on save. */
export interface EndpointDraft {
  readonly name: string;
  readonly url: string;
  readonly transport: ReplayTransport;
  readonly encoding: ReplayEncoding;
  /** One `name=value` a line, decoded. */
  readonly extraParams: string;
  /** Separated by commas or spaces. */
  readonly subprotocols: string;
  readonly credentialKind: CredentialKind;
  /** The token, the base64 of `user:password`, or the password. Never filled from storage. */
  readonly secret: string;
  readonly user: string;
  readonly remember: boolean;
  readonly forget: boolean;
}

export const EMPTY_DRAFT: EndpointDraft = {
  name: '',
  url: '',
  transport: 'query-access-token',
  encoding: DEFAULT_ENCODING,
  extraParams: '',
  subprotocols: DEFAULT_SUBPROTOCOLS.join(', '),
  credentialKind: 'Bearer',
  secret: '',
  user: '',
  remember: false,
  forget: false,
};

/** A saved profile in the form, its credential left blank (blank keeps the saved one). */
export function draftOf(profile: EndpointProfile, remembered: boolean): EndpointDraft {
  return {
    ...EMPTY_DRAFT,
    name: profile.name,
    url: profile.url,
    transport: profile.transport,
    encoding: profile.encoding,
    extraParams: profile.extraParams.map((param) => `${param.name}=${param.value}`).join('\n'),
    subprotocols: profile.subprotocols.join(', '),
    remember: remembered,
  };
}

function parseParams(text: string): QueryParamPair[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const at = line.indexOf('=');
      return at < 0 ? { name: line.trim(), value: '' } : { name: line.slice(0, at).trim(), value: line.slice(at + 1) };
    });
}

/** The profile fields as `validateProfile` wants them (it trims, checks and fills defaults). */
export function profileInput(draft: EndpointDraft): unknown {
  return {
    name: draft.name,
    url: draft.url,
    transport: draft.transport,
    encoding: draft.encoding,
    extraParams: parseParams(draft.extraParams),
    subprotocols: draft.subprotocols.split(/[\s,]+/).filter((token) => token !== ''),
  };
}

/** The credential typed in the form, or undefined when its fields are blank. */
export function draftCredential(draft: EndpointDraft): ReplayCredential | undefined {
  if (draft.credentialKind === 'user-password') {
    return draft.user === '' && draft.secret === '' ? undefined : basicCredential(draft.user, draft.secret);
  }
  const value = draft.secret.trim();
  return value === '' ? undefined : { scheme: draft.credentialKind, value };
}
