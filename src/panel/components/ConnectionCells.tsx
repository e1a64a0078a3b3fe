import { useMemo } from 'preact/hooks';
import { redact } from '../../core/redact/redact.ts';
import { connectionDuration } from '../format/connection-duration.ts';
import { formatElapsed } from '../format/format-elapsed.ts';
import type { ConnectionView } from '../panel-store.ts';
import type { ConnectionPhase } from '../store/connection-phase.ts';
import type { FrameCounts } from '../store/frame-index.ts';
import { useStore } from '../store-context.ts';
import { SeverityBadge } from './SeverityBadge.tsx';
import { StrategyBadge } from './StrategyBadge.tsx';

const PHASE_TITLES: Partial<Record<ConnectionPhase, string>> = {
  upgraded:
    'The network saw this socket upgrade, but no page hook reported it (a worker, or a frame the hook could not ' +
    'reach): its frames and close are not visible. Deep capture (Chrome) shows worker sockets.',
};

/** "replay of #3 via nginx-staging": the original's number as the list shows it. */
function ReplayLabel({ of, via }: { readonly of: string; readonly via: string }) {
  const original = useStore().viewById.value.get(of);
  return (
    <span class="muted replay-via">
      replay of {original ? `#${original.number}` : 'a cleared connection'} via {via} ·{' '}
    </span>
  );
}

interface ConnectionCellsProps {
  readonly view: ConnectionView;
  readonly counts: FrameCounts;
  readonly now: number;
}

/** The cells of one connection row; the URL is always masked here (Reveal lives in the Handshake tab). */
export function ConnectionCells({ view, counts, now }: ConnectionCellsProps) {
  const { state, analysis, phase } = view;
  const url = useMemo(() => redact(state.handshake.url, view.secrets), [state.handshake.url, view.secrets]);
  const closeCode = state.close ? ` ${state.close.code}` : '';
  const duration = connectionDuration(state, now);
  return (
    <>
      <span class="cell num">{view.number}</span>
      <span class="cell url" title={url}>
        {state.source !== 'live' && <span class={`badge source source-${state.source}`}>{state.source}</span>}
        {state.replay && <ReplayLabel of={state.replay.of} via={state.replay.via} />}
        {url}
      </span>
      <span class={`cell phase phase-${phase}`} title={PHASE_TITLES[phase]}>
        <span class="dot" aria-hidden="true" />
        {phase}
        {closeCode}
      </span>
      <span class={`cell status${analysis.status !== null && analysis.status !== 101 ? ' status-bad' : ''}`}>
        {analysis.status ?? '—'}
      </span>
      <span class="cell">
        <StrategyBadge strategy={analysis.auth.strategy} />
      </span>
      <span class="cell">{analysis.server.kind}</span>
      <span class="cell">{analysis.worstSeverity ? <SeverityBadge severity={analysis.worstSeverity} /> : null}</span>
      <span class="cell count">{counts.sent}</span>
      <span class="cell count">{counts.received}</span>
      <span class="cell duration">{duration === undefined ? '—' : formatElapsed(duration)}</span>
    </>
  );
}
