import type { EndpointStorage } from '../shared/endpoint-storage.ts';
import { ConnectionDetail } from './components/ConnectionDetail.tsx';
import { ConnectionList } from './components/ConnectionList.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import type { PanelStore } from './panel-store.ts';
import type { ReplayService } from './replay/replay-service.ts';
import { EndpointsContext, ReplayContext, type Send, SendContext, StoreContext } from './store-context.ts';

/** The whole panel. It talks to the background only through `send`, so a test or a demo page can render it. */
export function App({
  store,
  send,
  replays,
  endpoints,
}: {
  readonly store: PanelStore;
  readonly send: Send;
  readonly replays?: ReplayService;
  readonly endpoints?: EndpointStorage;
}) {
  return (
    <StoreContext.Provider value={store}>
      <SendContext.Provider value={send}>
        <ReplayContext.Provider value={replays}>
          <EndpointsContext.Provider value={endpoints}>
            <div class="panel" data-presentation={store.presentation.value ? 'on' : undefined}>
              <Toolbar />
              <ConnectionList />
              <ConnectionDetail />
            </div>
          </EndpointsContext.Provider>
        </ReplayContext.Provider>
      </SendContext.Provider>
    </StoreContext.Provider>
  );
}
