import { useMemo } from 'preact/hooks';
import { proxyConfigDefaults } from '../../core/proxy-config/proxy-config-defaults.ts';
import { FIXED_BY_PROXY_CONFIG } from '../../core/replay/cause-fix.ts';
import type { ConnectionView } from '../panel-store.ts';
import { MaskedText } from './MaskedText.tsx';
import { ProxyConfigView } from './ProxyConfigView.tsx';
import { Section } from './Section.tsx';

const WHAT_IT_DOES =
  'A reverse proxy configured like this turns the access_token or authorization query parameter into exactly one ' +
  'Authorization header (URL-decoded once, CR/LF refused), removes the query before proxying, relays the upgrade ' +
  'and Sec-WebSocket-Protocol, keeps idle WebSockets open and keeps the credential out of its logs.';

/** The Diagnosis tab's proxy configuration, shown only when a cause of the connection is one a generated config fixes. */
export function ProxyConfigFix({ view }: { readonly view: ConnectionView }) {
  const fixable = view.analysis.causes.filter((cause) => FIXED_BY_PROXY_CONFIG.has(cause.id));
  const defaults = useMemo(() => proxyConfigDefaults(view.record.handshake.url), [view.record.handshake.url]);
  if (fixable.length === 0) return null;
  return (
    <Section title="Proxy configuration">
      <p data-testid="proxy-config-why" data-causes={fixable.map((cause) => cause.id).join(' ')}>
        Fixes{' '}
        {fixable.map((cause, index) => (
          <span key={cause.id}>
            {index > 0 && '; '}“<MaskedText text={cause.title} secrets={view.secrets} />”
          </span>
        ))}
        . {WHAT_IT_DOES}
      </p>
      <ProxyConfigView key={view.state.id} defaults={defaults} />
    </Section>
  );
}
