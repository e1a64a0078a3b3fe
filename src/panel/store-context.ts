import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EndpointStorage } from '../shared/endpoint-storage.ts';
import type { PanelToBackground } from '../shared/protocol.ts';
import { DEFAULT_HOST, type PanelHost } from './panel-host.ts';
import type { PanelStore } from './panel-store.ts';
import type { ReplayService } from './replay/replay-service.ts';

export type Send = (message: PanelToBackground) => void;

export const StoreContext = createContext<PanelStore | undefined>(undefined);
export const SendContext = createContext<Send>(() => {});

/** The panel store of the nearest `App`. */
export function useStore(): PanelStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore needs an App (StoreContext) above it');
  return store;
}

/** Sends a message to the background; the panel itself knows no transport. */
export function useSend(): Send {
  return useContext(SendContext);
}

/** Replays run from this panel; undefined where the panel cannot open sockets (a test rendering without one). */
export const ReplayContext = createContext<ReplayService | undefined>(undefined);

export function useReplays(): ReplayService | undefined {
  return useContext(ReplayContext);
}

/** Where saved endpoints live (storage.local, credentials in storage.session): edited in the Replay tab too. */
export const EndpointsContext = createContext<EndpointStorage | undefined>(undefined);

export function useEndpoints(): EndpointStorage | undefined {
  return useContext(EndpointsContext);
}

/** The page around the panel: producer, environment, how files are saved (see PanelHost). */
export const HostContext = createContext<PanelHost>(DEFAULT_HOST);

export function useHost(): PanelHost {
  return useContext(HostContext);
}
