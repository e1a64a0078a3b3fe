import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { App } from '../App.tsx';
import { readImportFile } from '../import/read-import-file.ts';
import { DEFAULT_HOST, type PanelHost } from '../panel-host.ts';
import type { PanelStore } from '../panel-store.ts';

const NO_BACKGROUND = () => {};
const ACCEPT = '.json,.har,application/json';

function firstFile(list: FileList | null | undefined): File | undefined {
  return list?.[0] ?? undefined;
}

/**
 * Drag and drop anywhere on the page opens the dropped file. A layout effect: the page takes drops as soon as it shows
 * the invitation (a plain effect waits for a frame, which a background tab may not paint for a while).
 */
function useDropAnywhere(open: (file: File) => void): void {
  useLayoutEffect(() => {
    const over = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      event.preventDefault();
      const file = firstFile(event.dataTransfer?.files);
      if (file) open(file);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  }, [open]);
}

function Welcome({ pick }: { readonly pick: () => void }) {
  return (
    <div class="import-welcome" data-testid="import-welcome">
      <h1>Open a bundle or HAR</h1>
      <p>
        A JMAP Push Inspector bundle (<code>.bundle.json</code>) or a HAR saved by Chrome or Firefox DevTools is shown
        here as if it had been captured live, read-only. The file never leaves this page.
      </p>
      <button type="button" class="tool-button" data-testid="import-pick" onClick={pick}>
        Choose a file…
      </button>
      <p class="muted">or drop it anywhere on this page.</p>
    </div>
  );
}

/**
 * The panel opened as an ordinary extension page, without a tab to inspect: opens a bundle or HAR file (picker, or drop
 * anywhere) and shows it. A file that cannot be read gets one line; whatever was shown stays.
 */
export function ImportPage({ host = DEFAULT_HOST }: { readonly host?: PanelHost }) {
  const [store, setStore] = useState<PanelStore | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const pick = () => input.current?.click();
  /** Presentation mode, once on, stays on for the next file. */
  const open = useCallback(async (file: File) => {
    const result = await readImportFile(file);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(undefined);
    setStore((previous) => {
      result.store.presentation.value = previous?.presentation.peek() ?? false;
      return result.store;
    });
  }, []);
  useDropAnywhere(open);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="import-file"
        onChange={(event) => {
          const file = firstFile(event.currentTarget.files);
          event.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
      {store ? <App store={store} send={NO_BACKGROUND} host={{ ...host, openFile: pick }} /> : <Welcome pick={pick} />}
      {error && (
        <p class="import-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
    </>
  );
}
