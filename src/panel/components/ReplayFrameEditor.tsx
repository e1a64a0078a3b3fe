import { useState } from 'preact/hooks';
import type { ConnectionView } from '../panel-store.ts';
import type { ReplayService } from '../replay/replay-service.ts';
import { useStore } from '../store-context.ts';
import { Section } from './Section.tsx';

const PUSH_ENABLE = '{"@type":"WebSocketPushEnable","dataTypes":null}';

/** On a replay still open: send an edited client frame, checked as a JMAP message first. */
export function ReplayFrameEditor({
  view,
  replays,
}: {
  readonly view: ConnectionView;
  readonly replays: ReplayService;
}) {
  const [text, setText] = useState(PUSH_ENABLE);
  const [error, setError] = useState<string | undefined>(undefined);
  const replay = view.state.replay;
  const original = useStore().viewById.value.get(replay?.of ?? '');
  const open = replays.runs.value.some((run) => run.id === view.state.id && run.result === undefined);
  const send = () => {
    const check = replays.send(view.state.id, text);
    setError(check === undefined ? 'this replay is no longer open' : check.ok ? undefined : check.error);
  };
  return (
    <Section title={replay ? `Replay of #${original?.number ?? '?'} via ${replay.via}` : 'Replay'}>
      {open ? (
        <div class="frame-editor">
          <textarea data-testid="replay-frame" rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <button type="button" class="tool-button" data-testid="replay-send" onClick={send}>
            Send
          </button>
          <button
            type="button"
            class="tool-button"
            data-testid="replay-stop"
            onClick={() => replays.stop(view.state.id)}
          >
            Stop the replay
          </button>
          {error && (
            <p class="error" data-testid="replay-send-error">
              {error}
            </p>
          )}
        </div>
      ) : (
        <p class="muted">This replay has ended; replay the original again to send frames.</p>
      )}
    </Section>
  );
}
