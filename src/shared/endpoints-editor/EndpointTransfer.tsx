import { useState } from 'preact/hooks';
import type { EndpointProfile } from '../../core/replay/endpoint-profile.ts';
import { exportProfiles, importProfiles } from '../../core/replay/profile-export.ts';
import type { EndpointStorage } from '../endpoint-storage.ts';
import { ProblemList } from './ProblemList.tsx';

const FILE_NAME = 'jmap-push-inspector-endpoints.json';

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = FILE_NAME;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

async function copy(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied.';
  } catch (error) {
    return `Could not copy (${error instanceof Error ? error.message : String(error)}); select the text instead.`;
  }
}

function ExportBox({ profiles }: { readonly profiles: readonly EndpointProfile[] }) {
  const [exported, setExported] = useState<{ text: string; skipped: string[] } | undefined>(undefined);
  const [note, setNote] = useState('');
  return (
    <div class="transfer">
      <button type="button" data-testid="endpoint-export" onClick={() => setExported(exportProfiles(profiles))}>
        Export profiles
      </button>
      {exported && (
        <>
          <label>
            Export (profiles only, never a credential)
            <textarea readonly rows={6} data-testid="endpoint-export-text" value={exported.text} />
          </label>
          <div class="actions">
            <button type="button" onClick={() => void copy(exported.text).then(setNote)}>
              Copy JSON
            </button>
            <button type="button" onClick={() => download(exported.text)}>
              Download JSON
            </button>
            <span class="hint" role="status">
              {note}
            </span>
          </div>
          <ProblemList
            testId="endpoint-export-skipped"
            problems={exported.skipped.map((line) => `left out: ${line}`)}
          />
        </>
      )}
    </div>
  );
}

function ImportBox({ storage, onImported }: { readonly storage: EndpointStorage; readonly onImported: () => void }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ note: string; errors: readonly string[] }>({ note: '', errors: [] });
  const run = async (json: string) => {
    const read = importProfiles(json);
    const { added, replaced } = await storage.importProfiles(read.profiles);
    const note = read.profiles.length === 0 ? 'Nothing imported.' : `Imported ${added} new, replaced ${replaced}.`;
    setResult({ note, errors: read.errors });
    onImported();
  };
  return (
    <div class="transfer">
      <label>
        Import (paste an export)
        <textarea
          rows={4}
          data-testid="endpoint-import-text"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <div class="actions">
        <button
          type="button"
          data-testid="endpoint-import"
          disabled={text.trim() === ''}
          onClick={() => void run(text)}
        >
          Import
        </button>
        <label>
          or a file{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="endpoint-import-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void file.text().then(run);
            }}
          />
        </label>
        <span class="hint" role="status" data-testid="endpoint-import-result">
          {result.note}
        </span>
      </div>
      <ProblemList testId="endpoint-import-errors" problems={result.errors} />
    </div>
  );
}

interface TransferProps {
  readonly storage: EndpointStorage;
  readonly profiles: readonly EndpointProfile[];
  readonly onImported: () => void;
}

/** Export to JSON (copy or download) and import from pasted text or a file; credentials never travel. */
export function EndpointTransfer({ storage, profiles, onImported }: TransferProps) {
  return (
    <div class="endpoint-transfer">
      <h3>Export and import</h3>
      <ExportBox profiles={profiles} />
      <ImportBox storage={storage} onImported={onImported} />
    </div>
  );
}
