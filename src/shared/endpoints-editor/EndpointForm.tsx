import { useEffect, useRef, useState } from 'preact/hooks';
import { REPLAY_ENCODINGS, REPLAY_TRANSPORTS } from '../../core/replay/endpoint-profile.ts';
import type { CredentialPlace } from '../saved-endpoint.ts';
import { EndpointCredentialFields } from './EndpointCredentialFields.tsx';
import type { EndpointDraft } from './endpoint-draft.ts';
import { Choice, TextField } from './FormFields.tsx';
import { ProblemList } from './ProblemList.tsx';

interface EndpointFormProps {
  readonly initial: EndpointDraft;
  readonly editing: boolean;
  readonly saved: CredentialPlace;
  /** Resolves with the errors, none when saved. */
  readonly onSave: (draft: EndpointDraft) => Promise<readonly string[]>;
  readonly onCancel: () => void;
}

/** Adds or edits one endpoint; Escape cancels. */
export function EndpointForm({ initial, editing, saved, onSave, onCancel }: EndpointFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const update = (change: Partial<EndpointDraft>) => setDraft((current) => ({ ...current, ...change }));
  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors(await onSave(draft));
  };
  return (
    <form
      ref={form}
      class="endpoint-form"
      aria-label={editing ? `Edit endpoint ${initial.name}` : 'New endpoint'}
      data-testid="endpoint-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <TextField label="Name" testId="endpoint-name" value={draft.name} onText={(name) => update({ name })} />
      <TextField
        label="URL"
        testId="endpoint-url"
        placeholder="wss://proxy.example.org/jmap/ws"
        value={draft.url}
        onText={(url) => update({ url })}
      />
      <Choice
        label="Credential travels as"
        testId="endpoint-transport"
        value={draft.transport}
        choices={REPLAY_TRANSPORTS}
        onChoose={(transport) => update({ transport })}
      />
      <Choice
        label="Query encoding"
        testId="endpoint-encoding"
        value={draft.encoding}
        choices={REPLAY_ENCODINGS}
        onChoose={(encoding) => update({ encoding })}
      />
      <label>
        Extra query parameters
        <textarea
          rows={2}
          placeholder="name=value, one a line"
          data-testid="endpoint-params"
          value={draft.extraParams}
          onInput={(e) => update({ extraParams: e.currentTarget.value })}
        />
      </label>
      <TextField
        label="Subprotocols"
        testId="endpoint-subprotocols"
        value={draft.subprotocols}
        onText={(subprotocols) => update({ subprotocols })}
      />
      <EndpointCredentialFields draft={draft} saved={saved} update={update} />
      <ProblemList testId="endpoint-errors" problems={errors} />
      <div class="actions">
        <button type="submit" data-testid="endpoint-save">
          Save
        </button>
        <button type="button" data-testid="endpoint-cancel" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
