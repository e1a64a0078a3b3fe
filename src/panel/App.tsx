import { ConnectionDetail } from './components/ConnectionDetail.tsx';
import { ConnectionList } from './components/ConnectionList.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import type { PanelStore } from './panel-store.ts';
import type { ReplayService } from './replay/replay-service.ts';
import { ReplayContext, type Send, SendContext, StoreContext } from './store-context.ts';

/** The whole panel. It talks to the background only through `send`, so a test or a demo page can render it. */
export function App({
  store,
  send,
  replays,
}: {
  readonly store: PanelStore;
  readonly send: Send;
  readonly replays?: ReplayService;
}) {
  return (
    <StoreContext.Provider value={store}>
      <SendContext.Provider value={send}>
        <ReplayContext.Provider value={replays}>
          <div class="panel" data-presentation={store.presentation.value ? 'on' : undefined}>
            <Toolbar />
            <ConnectionList />
            <ConnectionDetail />
          </div>
        </ReplayContext.Provider>
      </SendContext.Provider>
    </StoreContext.Provider>
  );
}
