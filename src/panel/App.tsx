import type { EndpointStorage } from '../shared/endpoint-storage.ts';
import { ConnectionDetail } from './components/ConnectionDetail.tsx';
import { ConnectionList } from './components/ConnectionList.tsx';
import { ImportBanner } from './components/ImportBanner.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { DEFAULT_HOST, type PanelHost } from './panel-host.ts';
import type { PanelStore } from './panel-store.ts';
import type { ReplayService } from './replay/replay-service.ts';
import { EndpointsContext, HostContext, ReplayContext, type Send, SendContext, StoreContext } from './store-context.ts';

/** The whole panel. It talks to the background only through `send`, so a test or a demo page can render it. */
export function App({
  store,
  send,
  replays,
  endpoints,
  host = DEFAULT_HOST,
}: {
  readonly store: PanelStore;
  readonly send: Send;
  readonly replays?: ReplayService;
  readonly endpoints?: EndpointStorage;
  readonly host?: PanelHost;
}) {
  return (
    <StoreContext.Provider value={store}>
      <SendContext.Provider value={send}>
        <ReplayContext.Provider value={replays}>
          <EndpointsContext.Provider value={endpoints}>
            <HostContext.Provider value={host}>
              <div class="panel" data-presentation={store.presentation.value ? 'on' : undefined}>
                <div class="panel-head">
                  <Toolbar />
                  <ImportBanner />
                </div>
                <ConnectionList />
                <ConnectionDetail />
              </div>
            </HostContext.Provider>
          </EndpointsContext.Provider>
        </ReplayContext.Provider>
      </SendContext.Provider>
    </StoreContext.Provider>
  );
}
