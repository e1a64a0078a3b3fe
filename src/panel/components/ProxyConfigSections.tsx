import { useMemo } from 'preact/hooks';
import { proxyConfigDefaults, proxyWebSocketUrl } from '../../core/proxy-config/proxy-config-defaults.ts';
import type { ConnectionView } from '../panel-store.ts';
import type { ReplayService } from '../replay/replay-service.ts';
import { ProxyConfigReplay } from './ProxyConfigReplay.tsx';
import { ProxyConfigView } from './ProxyConfigView.tsx';
import { Section } from './Section.tsx';

/** The Replay tab's proxy part: a configuration for this server, and a replay through the URL of such a proxy. */
export function ProxyConfigSections({
  view,
  replays,
}: {
  readonly view: ConnectionView;
  readonly replays: ReplayService;
}) {
  const defaults = useMemo(() => proxyConfigDefaults(view.record.handshake.url), [view.record.handshake.url]);
  return (
    <>
      <Section title="Replay through a URL">
        <ProxyConfigReplay view={view} replays={replays} defaultUrl={proxyWebSocketUrl(defaults)} />
      </Section>
      <Section title="Proxy configuration">
        <ProxyConfigView defaults={defaults} />
      </Section>
    </>
  );
}
