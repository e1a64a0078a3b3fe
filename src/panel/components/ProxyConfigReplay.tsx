import { useMemo, useState } from 'preact/hooks';
import { credentialFromCapture } from '../../core/replay/credential-from-capture.ts';
import { endpointPresets } from '../../core/replay/endpoint-presets.ts';
import { REPLAY_TRANSPORTS, type ReplayTransport } from '../../core/replay/endpoint-profile.ts';
import { validateProfile } from '../../core/replay/validate-profile.ts';
import type { ConnectionView } from '../panel-store.ts';
import type { ReplayService } from '../replay/replay-service.ts';
import { ProxyConfigChoice } from './ProxyConfigChoice.tsx';
import { DEFAULT_TIMING, type ReplayTiming, ReplayTimingFields } from './ReplayTimingFields.tsx';
import { SendAnyway } from './SendAnyway.tsx';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * "Try this proxy URL": replays the connection once through a ws(s):// URL typed here (a proxy started from a
 * generated configuration, say) with the captured credential. Typing the URL is what configures its host for the
 * credential guard; plain ws:// asks first.
 */
export function ProxyConfigReplay({
  view,
  replays,
  defaultUrl,
}: {
  readonly view: ConnectionView;
  readonly replays: ReplayService;
  readonly defaultUrl: string;
}) {
  const captured = useMemo(() => endpointPresets({ connection: view.record })[0]?.profile, [view.record]);
  const credential = useMemo(() => credentialFromCapture(view.record), [view.record]);
  const [url, setUrl] = useState(defaultUrl);
  const [transport, setTransport] = useState<ReplayTransport>(captured?.transport ?? 'query-access-token');
  const [question, setQuestion] = useState<string | undefined>(undefined);
  const [timing, setTiming] = useState<ReplayTiming>(DEFAULT_TIMING);
  const checked = useMemo(
    () => validateProfile({ ...captured, name: `Proxy URL (${hostOf(url.trim())})`, url, transport }),
    [captured, url, transport],
  );

  const run = async (confirmed: boolean) => {
    if (!checked.ok) return;
    setQuestion(undefined);
    const result = await replays.start({
      original: view.record,
      session: view.session,
      credential,
      mode: timing.mode,
      waitMs: timing.waitS * 1_000,
      profile: checked.profile,
      typedUrl: checked.profile.url,
      confirmed,
    });
    if (result.guard?.decision === 'confirm') setQuestion(result.guard.question);
  };

  return (
    <form
      class="replay-form proxy-url-form"
      data-testid="proxy-url-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(false);
      }}
    >
      <label>
        URL{' '}
        <input
          type="text"
          class="proxy-url"
          spellcheck={false}
          data-testid="proxy-url"
          placeholder="ws://127.0.0.1:8443/jmap/ws"
          value={url}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
      </label>
      <ProxyConfigChoice
        label="Credential in"
        testId="proxy-url-transport"
        value={transport}
        choices={REPLAY_TRANSPORTS}
        onChange={setTransport}
      />
      <ReplayTimingFields timing={timing} onChange={setTiming} testIdPrefix="proxy-url" />
      <button type="submit" class="tool-button" data-testid="proxy-url-run" disabled={!checked.ok}>
        Replay through this URL
      </button>
      <span class="muted">
        {credential
          ? `with the captured ${credential.scheme} credential`
          : 'no credential was captured: only "none" runs'}
      </span>
      {!checked.ok && (
        <p class="proxy-config-error" data-testid="proxy-url-error">
          {checked.errors.join('; ')}
        </p>
      )}
      <SendAnyway question={question} testId="proxy-url" onConfirm={() => void run(true)} />
    </form>
  );
}
