import type { ConnectionView } from '../panel-store.ts';
import { useReplays } from '../store-context.ts';
import { DiagnoseMatrix } from './DiagnoseMatrix.tsx';
import { EmptyState } from './EmptyState.tsx';
import { ProxyConfigSections } from './ProxyConfigSections.tsx';
import { ReplayForm } from './ReplayForm.tsx';
import { ReplayFrameEditor } from './ReplayFrameEditor.tsx';
import { ReplayRuns } from './ReplayRuns.tsx';
import { SavedEndpointsSettings } from './SavedEndpointsSettings.tsx';
import { Section } from './Section.tsx';

/** Replays a captured connection from this panel (never from the inspected page) and compares the outcomes. */
export function ReplayTab({ view }: { readonly view: ConnectionView }) {
  const replays = useReplays();
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
