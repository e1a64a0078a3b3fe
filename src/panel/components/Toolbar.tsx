import { useHost, useSend, useStore } from '../store-context.ts';
import { DropCounter } from './DropCounter.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { LinkIndicator } from './LinkIndicator.tsx';
import { PresentationBadge } from './PresentationBadge.tsx';
import { PresentationSwitch } from './PresentationSwitch.tsx';
import { PreserveLogToggle } from './PreserveLogToggle.tsx';
import { SessionBadge } from './SessionBadge.tsx';

/** What only a live capture has: the background's buffer to clear and keep. */
function LiveControls() {
  const send = useSend();
  return (
    <>
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
    </>
  );
}

function LiveStatus() {
  const store = useStore();
  return (
    <>
      <span class="muted" data-testid="inspected-tab">
        {store.tabId === undefined ? 'no inspected tab' : `tab ${store.tabId}`}
      </span>
      <LinkIndicator />
    </>
  );
}

export function Toolbar() {
  const store = useStore();
  const { openFile } = useHost();
  const live = store.imported === undefined;
  const frames = store.frameIndex.value.all.length;
  return (
    <div class="toolbar" role="toolbar" aria-label="JMAP Push Inspector">
      {live && <LiveControls />}
      {openFile && (
        <button
          type="button"
          class="tool-button"
          data-testid="open-file"
          title="Open a bundle or HAR file"
          onClick={openFile}
        >
          Open file…
        </button>
      )}
      <span class="divider" />
      <PresentationSwitch />
      <PresentationBadge />
      <ExportMenu />
      <DropCounter />
      <span class="spacer" />
      <SessionBadge />
      <span class="muted">
        {store.connections.value.length} connections · {frames.toLocaleString('en-US')} frames
      </span>
      {live && <LiveStatus />}
    </div>
  );
}
