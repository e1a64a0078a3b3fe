import { useMemo, useRef, useState } from 'preact/hooks';
import { ticketGenerationEndpoint } from '../../core/replay/applicable-transports.ts';
import { credentialFromCapture } from '../../core/replay/credential-from-capture.ts';
import { defaultTicketEndpoint } from '../../core/replay/default-ticket-endpoint.ts';
import { endpointPresets } from '../../core/replay/endpoint-presets.ts';
import { plainWsQuestion } from '../../core/replay/plain-ws-question.ts';
import type { ReplayCredential } from '../../core/replay/replay-credential.ts';
import type { ConnectionView } from '../panel-store.ts';
import type { ReplayService } from '../replay/replay-service.ts';
import { useStore } from '../store-context.ts';
import { CommandCopyButtons } from './CommandCopyButtons.tsx';
import { DEFAULT_TIMING, type ReplayTiming, ReplayTimingFields } from './ReplayTimingFields.tsx';
import { SendAnyway } from './SendAnyway.tsx';
import { TicketEndpointField } from './TicketEndpointField.tsx';

interface ReplayFormProps {
  readonly view: ConnectionView;
  readonly replays: ReplayService;
}

/** Where to replay, with which credential and how; the credential field starts with the captured one, masked. */
export function ReplayForm({ view, replays }: ReplayFormProps) {
  const presets = useMemo(
    () => endpointPresets({ connection: view.record, session: view.session, saved: replays.saved.value }),
    [view.record, view.session, replays.saved.value],
  );
  const captured = useMemo(() => credentialFromCapture(view.record), [view.record]);
  const [endpoint, setEndpoint] = useState(0);
  const [scheme, setScheme] = useState<ReplayCredential['scheme']>(captured?.scheme ?? 'Bearer');
  const [value, setValue] = useState(captured?.value ?? '');
  const [timing, setTiming] = useState<ReplayTiming>(DEFAULT_TIMING);
  const [question, setQuestion] = useState<string | undefined>(undefined);
  /** The saved endpoint whose saved credential is in the field, if it is one. */
  const [savedFrom, setSavedFrom] = useState<string | undefined>(undefined);
  const picks = useRef(0);
  /** The value stays in the form's state (a replay can still use it), never in the page while presenting. */
  const presentation = useStore().presentation.value;
  const credential = value === '' ? undefined : { scheme, value };
  const profile = presets[endpoint]?.profile;
  const sessionMintUrl = ticketGenerationEndpoint(view.session);
  const [typedMintUrl, setMintUrl] = useState<string | undefined>(undefined);
  const mintUrl = typedMintUrl ?? sessionMintUrl ?? (profile && defaultTicketEndpoint(profile.url));
  const request = {
    original: view.record,
    session: view.session,
    credential,
    mode: timing.mode,
    waitMs: timing.waitS * 1_000,
    ...(mintUrl ? { mintUrl } : {}),
  };

  const run = async (confirmed = false) => {
    if (!profile) return;
    setQuestion(undefined);
    const result = await replays.start({ ...request, profile, confirmed });
    if (result.guard?.decision === 'confirm') setQuestion(result.guard.question);
  };
  const showCredential = (shown: ReplayCredential | undefined, from?: string) => {
    setScheme(shown?.scheme ?? 'Bearer');
    setValue(shown?.value ?? '');
    setSavedFrom(from);
  };
  /** A saved endpoint brings its saved credential; leaving it brings the captured one back. */
  const pick = (index: number) => {
    setEndpoint(index);
    const pickNo = ++picks.current;
    const preset = presets[index];
    const back = () => {
      if (savedFrom !== undefined) showCredential(captured);
    };
    if (preset?.kind !== 'saved') {
      back();
      return;
    }
    void replays.savedCredential(preset.profile.name).then((saved) => {
      if (pickNo !== picks.current) return;
      if (saved) showCredential(saved, preset.profile.name);
      else back();
    });
  };
  const endpoints = presets.map((preset) => preset.profile);
  const [diagnoseQuestion, setDiagnoseQuestion] = useState<string | undefined>(undefined);
  /** The matrix tries every endpoint at once: any plain ws:// one with a credential is asked about first. */
  const diagnose = (confirmed = false) => {
    const ask = confirmed ? undefined : plainWsQuestion(endpoints, credential !== undefined, mintUrl);
    setDiagnoseQuestion(ask);
    if (ask === undefined) void replays.diagnose({ ...request, confirmed: true, endpoints });
  };

  return (
    <form
      class="replay-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <label>
        Endpoint{' '}
        <select data-testid="replay-endpoint" value={endpoint} onChange={(e) => pick(Number(e.currentTarget.value))}>
          {presets.map((preset, index) => (
            <option key={preset.profile.name} value={index}>
              {preset.profile.name} — {preset.profile.transport}
            </option>
          ))}
        </select>
      </label>
      <label>
        Credential{' '}
        <select
          data-testid="replay-scheme"
          value={scheme}
          onChange={(e) => setScheme(e.currentTarget.value as 'Basic')}
        >
          <option value="Bearer">Bearer</option>
          <option value="Basic">Basic</option>
        </select>{' '}
        {presentation ? (
          <span class="muted" data-testid="replay-credential-hidden">
            {credential ? 'set, hidden in presentation mode' : 'none'}
          </span>
        ) : (
          <input
            type="password"
            autocomplete="off"
            data-testid="replay-credential"
            placeholder="token, or base64 of user:password"
            value={value}
            onInput={(e) => {
              setValue(e.currentTarget.value);
              setSavedFrom(undefined);
            }}
          />
        )}
        {savedFrom !== undefined && (
          <span class="replay-credential-source" data-testid="replay-credential-source">
            {' '}
            saved with {savedFrom}
          </span>
        )}
      </label>
      {profile?.transport === 'ticket' && (
        <TicketEndpointField
          value={mintUrl ?? ''}
          guessed={typedMintUrl === undefined && sessionMintUrl === undefined}
          onChange={setMintUrl}
        />
      )}
      <ReplayTimingFields timing={timing} onChange={setTiming} testIdPrefix="replay" />
      <button type="submit" class="tool-button" data-testid="replay-run" disabled={!profile}>
        Replay
      </button>
      <button type="button" class="tool-button" data-testid="replay-diagnose" onClick={() => diagnose()}>
        Diagnose every endpoint
      </button>
      <CommandCopyButtons view={view} />
      <SendAnyway question={question} testId="replay" onConfirm={() => void run(true)} />
      <SendAnyway question={diagnoseQuestion} testId="diagnose" onConfirm={() => diagnose(true)} />
    </form>
  );
}
