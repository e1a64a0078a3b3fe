import { useEffect, useState } from 'preact/hooks';
import type { EndpointStorage } from '../endpoint-storage.ts';
import type { CredentialPlace, EndpointList, SavedEndpoint } from '../saved-endpoint.ts';
import { EndpointForm } from './EndpointForm.tsx';
import { EndpointTransfer } from './EndpointTransfer.tsx';
import { draftCredential, draftOf, EMPTY_DRAFT, type EndpointDraft, profileInput } from './endpoint-draft.ts';
import { ProblemList } from './ProblemList.tsx';

const PLACE_LABEL: Record<CredentialPlace, string> = {
  none: 'none',
  session: 'this session',
  remembered: 'remembered',
};

/** Which endpoint the form edits: a new one, a saved one (by id), or none (form closed). */
type Editing = { readonly id?: string } | undefined;

function EndpointRow(props: { endpoint: SavedEndpoint; onEdit: () => void; onDelete: () => void }) {
  const { profile, credential } = props.endpoint;
  return (
    <tr data-endpoint-name={profile.name}>
      <td>{profile.name}</td>
      <td class="url">{profile.url}</td>
      <td>{profile.transport}</td>
      <td>{profile.encoding}</td>
      <td data-testid="endpoint-credential-place">{PLACE_LABEL[credential]}</td>
      <td class="row-actions">
        <button type="button" aria-label={`Edit ${profile.name}`} onClick={props.onEdit}>
          Edit
        </button>
        <button type="button" aria-label={`Delete ${profile.name}`} onClick={props.onDelete}>
          Delete
        </button>
      </td>
    </tr>
  );
}

function EndpointTable({
  list,
  edit,
  remove,
}: {
  list: EndpointList;
  edit: (id: string) => void;
  remove: (id: string) => void;
}) {
  if (list.endpoints.length === 0) return <p class="status">No endpoint saved yet.</p>;
  return (
    <table class="endpoints" data-testid="endpoint-list">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">URL</th>
          <th scope="col">Transport</th>
          <th scope="col">Encoding</th>
          <th scope="col">Credential</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.endpoints.map((endpoint) => (
          <EndpointRow
            key={endpoint.id}
            endpoint={endpoint}
            onEdit={() => edit(endpoint.id)}
            onDelete={() => remove(endpoint.id)}
          />
        ))}
      </tbody>
    </table>
  );
}

async function saveDraft(storage: EndpointStorage, id: string | undefined, draft: EndpointDraft) {
  const credential = draft.forget ? undefined : draftCredential(draft);
  const input = { profile: profileInput(draft), credential, remember: draft.remember, forgetCredential: draft.forget };
  return storage.save(id === undefined ? input : { ...input, id });
}

/** The proxy endpoints offered in the panel's Replay tab: list, add, edit, delete, export and import. */
export function EndpointsSection({ storage }: { readonly storage: EndpointStorage }) {
  const [list, setList] = useState<EndpointList>({ endpoints: [], problems: [] });
  const [editing, setEditing] = useState<Editing>(undefined);
  const refresh = () => void storage.list().then(setList);
  useEffect(() => {
    void storage.list().then(setList);
    return storage.watch(setList);
  }, [storage]);

  const current = list.endpoints.find((endpoint) => endpoint.id === editing?.id);
  const save = async (draft: EndpointDraft) => {
    const result = await saveDraft(storage, editing?.id, draft);
    if (!result.ok) return result.errors;
    setEditing(undefined);
    refresh();
    return [];
  };
  const remove = (id: string) => void storage.remove(id).then(refresh);

  return (
    <section class="option" aria-labelledby="endpoints-title" data-testid="endpoints-section">
      <h2 id="endpoints-title">Proxy endpoints</h2>
      <p class="explanation">
        Where the panel's Replay tab can replay a captured connection, after the captured URL and the origin. Profiles
        are kept in this browser profile; a credential stays in memory until the browser closes unless you ask to
        remember it, and is never part of an export.
      </p>
      <ProblemList testId="endpoint-problems" problems={list.problems} />
      <EndpointTable list={list} edit={(id) => setEditing({ id })} remove={remove} />
      {editing ? (
        <EndpointForm
          key={editing.id ?? 'new'}
          initial={current ? draftOf(current.profile, current.credential === 'remembered') : EMPTY_DRAFT}
          editing={current !== undefined}
          saved={current?.credential ?? 'none'}
          onSave={save}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <button type="button" data-testid="endpoint-add" onClick={() => setEditing({})}>
          Add endpoint
        </button>
      )}
      <EndpointTransfer
        storage={storage}
        profiles={list.endpoints.map((endpoint) => endpoint.profile)}
        onImported={refresh}
      />
    </section>
  );
}
