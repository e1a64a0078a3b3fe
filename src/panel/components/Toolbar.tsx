import { useSend, useStore } from '../store-context.ts';
import { DropCounter } from './DropCounter.tsx';
import { LinkIndicator } from './LinkIndicator.tsx';
import { PresentationSwitch } from './PresentationSwitch.tsx';
import { PreserveLogToggle } from './PreserveLogToggle.tsx';
import { SessionBadge } from './SessionBadge.tsx';

export function Toolbar() {
  const store = useStore();
  const send = useSend();
  const frames = store.frameIndex.value.all.length;
  return (
    <div class="toolbar" role="toolbar" aria-label="JMAP Push Inspector">
      <button
        type="button"
        class="tool-button"
        title="Clear every connection and frame of this tab"
        data-testid="clear"
        onClick={() => send({ type: 'clear' })}
      >
        <span aria-hidden="true">⊘</span> Clear
      </button>
      <PreserveLogToggle />
      <span class="divider" />
      <PresentationSwitch />
      {store.presentation.value && (
        <span class="badge presentation-badge" data-testid="presentation-badge">
          Presentation mode
        </span>
      )}
      <DropCounter />
      <span class="spacer" />
      <SessionBadge />
      <span class="muted">
        {store.connections.value.length} connections · {frames.toLocaleString('en-US')} frames
      </span>
      <span class="muted" data-testid="inspected-tab">
        {store.tabId === undefined ? 'no inspected tab' : `tab ${store.tabId}`}
      </span>
      <LinkIndicator />
    </div>
  );
}
