import type { ConnectionView } from '../panel-store.ts';
import { useReplays, useStore } from '../store-context.ts';
import { DiagnoseMatrix } from './DiagnoseMatrix.tsx';
import { EmptyState } from './EmptyState.tsx';
import { ProxyConfigSections } from './ProxyConfigSections.tsx';
import { ReplayForm } from './ReplayForm.tsx';
import { ReplayFrameEditor } from './ReplayFrameEditor.tsx';
import { ReplayRuns } from './ReplayRuns.tsx';
import { SavedEndpointsSettings } from './SavedEndpointsSettings.tsx';
import { Section } from './Section.tsx';

/** An imported capture is read-only: its credentials are fingerprints (or, unredacted, someone else's). */
function ImportedReplayNote({ redacted }: { readonly redacted: boolean }) {
  return (
    <EmptyState testId="replay-imported">
      This capture was read from a file, so it cannot be replayed
      {redacted
        ? ': its credentials were replaced by fingerprints, which no server accepts.'
        : ' from here: replay it from the live panel of the tab it was captured in.'}
    </EmptyState>
  );
}

/** Replays a captured connection from this panel (never from the inspected page) and compares the outcomes. */
export function ReplayTab({ view }: { readonly view: ConnectionView }) {
  const replays = useReplays();
  const imported = useStore().imported;
  if (imported) return <ImportedReplayNote redacted={imported.origin.redacted} />;
  if (!replays) return <EmptyState>Replays run from the panel of an extension page.</EmptyState>;
  if (view.state.source === 'replay') return <ReplayFrameEditor view={view} replays={replays} />;
  const matrix = replays.matrix.value;
  return (
    <>
      <Section title="Replay this connection">
        <ReplayForm view={view} replays={replays} />
      </Section>
      {matrix?.of === view.state.id && (
        <Section title="Diagnose every endpoint">
          <DiagnoseMatrix matrix={matrix} secrets={view.secrets} />
        </Section>
      )}
      <ReplayRuns view={view} runs={replays.runs.value} />
      <ProxyConfigSections key={view.state.id} view={view} replays={replays} />
      <SavedEndpointsSettings />
    </>
  );
}
