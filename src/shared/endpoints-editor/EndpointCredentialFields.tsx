import type { CredentialPlace } from '../saved-endpoint.ts';
import type { CredentialKind, EndpointDraft } from './endpoint-draft.ts';
import { Check, TextField } from './FormFields.tsx';

interface CredentialFieldsProps {
  readonly draft: EndpointDraft;
  /** Where the credential saved with this endpoint is, if any. */
  readonly saved: CredentialPlace;
  readonly update: (change: Partial<EndpointDraft>) => void;
}

const SAVED_NOTE: Record<CredentialPlace, string> = {
  none: 'No credential saved.',
  session: 'A credential is saved for this browser session; leave blank to keep it.',
  remembered: 'A credential is remembered; leave blank to keep it.',
};

/** The credential of an endpoint: never shown back, only replaced, moved (remember) or forgotten. */
export function EndpointCredentialFields({ draft, saved, update }: CredentialFieldsProps) {
  const userPassword = draft.credentialKind === 'user-password';
  return (
    <fieldset class="credential">
      <legend>Credential</legend>
      <label>
        Scheme
        <select
          data-testid="endpoint-credential-kind"
          value={draft.credentialKind}
          onChange={(e) => update({ credentialKind: e.currentTarget.value as CredentialKind, secret: '' })}
        >
          <option value="Bearer">Bearer token</option>
          <option value="Basic">Basic (base64 of user:password)</option>
          <option value="user-password">Basic from user and password</option>
        </select>
      </label>
      {userPassword && (
        <TextField
          label="User"
          testId="endpoint-credential-user"
          value={draft.user}
          onText={(user) => update({ user })}
        />
      )}
      <TextField
        label={userPassword ? 'Password' : 'Value'}
        secret
        testId="endpoint-credential"
        value={draft.secret}
        onText={(secret) => update({ secret })}
      />
      <Check testId="endpoint-remember" checked={draft.remember} onCheck={(remember) => update({ remember })}>
        Remember (kept on disk in this profile; otherwise in memory until the browser closes)
      </Check>
      {saved !== 'none' && (
        <Check testId="endpoint-forget" checked={draft.forget} onCheck={(forget) => update({ forget })}>
          Forget the saved credential
        </Check>
      )}
      <p class="hint" data-testid="endpoint-credential-saved">
        {SAVED_NOTE[saved]} Never part of an export.
      </p>
    </fieldset>
  );
}
