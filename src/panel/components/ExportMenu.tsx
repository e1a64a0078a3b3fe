import { useEffect, useState } from 'preact/hooks';
import { copyText } from '../dom/copy-text.ts';
import { bundleFile, type ExportChoice, harFile, reportOf } from '../export/export-actions.ts';
import type { ExportFile } from '../export/export-file.ts';
import type { PanelHost } from '../panel-host.ts';
import type { PanelStore } from '../panel-store.ts';
import { useHost, useStore } from '../store-context.ts';
import { InClearChoice } from './InClearChoice.tsx';

type Outcome = { readonly ok: boolean; readonly text: string };
type FileExport = (store: PanelStore, host: PanelHost, choice: ExportChoice) => ExportFile;

/** The exports that can hold secrets: redacted unless chosen otherwise. */
const FILE_EXPORTS: readonly (readonly [testId: string, what: string, build: FileExport])[] = [
  ['export-bundle', 'bundle', bundleFile],
  ['export-har', 'HAR', harFile],
];

function failure(what: string, error: unknown): Outcome {
  return { ok: false, text: `${what} failed: ${error instanceof Error ? error.message : String(error)}` };
}

function saveReportFile(store: PanelStore, host: PanelHost): ExportFile {
  const { html, name } = reportOf(store, host);
  return { name, mime: 'text/html', text: html };
}

async function copyReport(store: PanelStore, host: PanelHost): Promise<Outcome> {
  try {
    const copied = await copyText(reportOf(store, host).markdown);
    return copied ? { ok: true, text: 'Report copied (Markdown)' } : { ok: false, text: 'Copy report failed' };
  } catch (error) {
    return failure('Copy report', error);
  }
}

function OutcomeLine({ outcome }: { readonly outcome: Outcome | undefined }) {
  if (!outcome) return null;
  return (
    <p class={outcome.ok ? 'muted' : 'error'} role="status" data-testid="export-outcome">
      {outcome.text}
    </p>
  );
}

/**
 * Export bundle / HAR (redacted unless the user explicitly chooses secrets in clear, a choice presentation mode does
 * not offer and that lasts one export), Copy report (Markdown), Save report (HTML). Reports are always redacted.
 */
export function ExportMenu() {
  const store = useStore();
  const host = useHost();
  const presentation = store.presentation.value;
  const [payloads, setPayloads] = useState(true);
  const [wantsClear, setWantsClear] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  // Presenting withdraws the choice: when presenting ends, secrets in clear must be chosen again.
  useEffect(() => {
    if (presentation) setWantsClear(false);
  }, [presentation]);
  const inClear = wantsClear && !presentation;

  const save = (what: string, build: () => ExportFile, clear = false) => {
    try {
      const file = build();
      host.save(file);
      setOutcome({ ok: true, text: `Saved ${file.name}${clear ? ', secrets in clear' : ''}` });
      setWantsClear(false);
    } catch (error) {
      setOutcome(failure(`Export ${what}`, error));
    }
  };
  const button = (testId: string, label: string, onClick: () => void) => (
    <button key={testId} type="button" class="tool-button" data-testid={testId} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <details class="menu export-menu" data-testid="export-menu">
      <summary class="tool-button">Export ▾</summary>
      <div class="menu-body">
        <label class="check">
          <input
            type="checkbox"
            data-testid="export-no-payloads"
            checked={!payloads}
            onChange={(event) => setPayloads(!event.currentTarget.checked)}
          />
          Leave frame payloads out
        </label>
        <InClearChoice presentation={presentation} checked={inClear} onChange={setWantsClear} />
        <div class="menu-actions">
          {FILE_EXPORTS.map(([testId, what, build]) =>
            button(testId, `Export ${what}${inClear ? ' (secrets in clear)' : ''}`, () =>
              save(what, () => build(store, host, { inClear, payloads }), inClear),
            ),
          )}
          {button('copy-report', 'Copy report', () => void copyReport(store, host).then(setOutcome))}
          {button('save-report', 'Save report', () => save('report', () => saveReportFile(store, host)))}
        </div>
        <OutcomeLine outcome={outcome} />
      </div>
    </details>
  );
}
