import type { ConnectionView, SessionSummary } from '../panel-store.ts';
import type { DetailTab } from '../store/ui-state.ts';
import { useStore } from '../store-context.ts';
import { DiagnosisTab } from './DiagnosisTab.tsx';
import { EmptyState } from './EmptyState.tsx';
import { FramesTab } from './FramesTab.tsx';
import { HandshakeTab } from './HandshakeTab.tsx';
import { OverviewTab } from './OverviewTab.tsx';
import { PushTab } from './PushTab.tsx';
import { ReplayTab } from './ReplayTab.tsx';
import { SecurityTab } from './SecurityTab.tsx';
import { SessionView } from './SessionView.tsx';
import { type TabItem, TabStrip } from './TabStrip.tsx';

const counted = (label: string, count: number) => (count > 0 ? `${label} (${count})` : label);

function tabsFor(view: ConnectionView | undefined): TabItem<DetailTab>[] {
  const analysis = view?.analysis;
  return [
    { key: 'overview', label: 'Overview' },
    { key: 'handshake', label: 'Handshake' },
    { key: 'security', label: counted('Security', analysis?.findings.length ?? 0) },
    { key: 'frames', label: 'Frames' },
    { key: 'push', label: counted('Push', analysis?.push.stateChanges ?? 0) },
    { key: 'diagnosis', label: counted('Diagnosis', analysis?.causes.length ?? 0) },
    { key: 'replay', label: 'Replay' },
  ];
}

function tabContent(tab: DetailTab, view: ConnectionView | undefined, session: SessionSummary | undefined) {
  if (tab === 'frames') return <FramesTab />;
  if (!view) return session ? <SessionView summary={session} /> : <EmptyState>No connection selected.</EmptyState>;
  if (tab === 'overview') return <OverviewTab view={view} />;
  if (tab === 'handshake') return <HandshakeTab view={view} />;
  if (tab === 'security') return <SecurityTab view={view} />;
  if (tab === 'push') return <PushTab view={view} />;
  if (tab === 'replay') return <ReplayTab view={view} />;
  return <DiagnosisTab view={view} />;
}

/** The selected connection, tab by tab; Frames spans every connection. With no connection, the session says why. */
export function ConnectionDetail() {
  const store = useStore();
  const view = store.selected.value;
  const tab = store.detailTab.value;
  return (
    <div class="detail">
      <div class="detail-head">
        <TabStrip
          tabs={tabsFor(view)}
          current={tab}
          idPrefix="detail-tab"
          onChange={(key) => (store.detailTab.value = key)}
        />
        {view && <span class="muted detail-title">#{view.number}</span>}
      </div>
      <div
        class={`tab-panel tab-panel-${tab}`}
        role="tabpanel"
        id="detail-tab-panel"
        aria-labelledby={`detail-tab-${tab}`}
      >
        {tabContent(tab, view, store.session.value)}
      </div>
    </div>
  );
}
