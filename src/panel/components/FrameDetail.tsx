import { useMemo } from 'preact/hooks';
import type { MessagePair } from '../../core/jmap/pair-messages.ts';
import { parseFrame } from '../../core/jmap/parse-frame.ts';
import type { StoredFrame } from '../../shared/protocol.ts';
import { formatBytes } from '../format/format-bytes.ts';
import { formatElapsed } from '../format/format-elapsed.ts';
import { formatTime } from '../format/format-time.ts';
import { hexDump } from '../format/hex-dump.ts';
import { prettyJson } from '../format/pretty-json.ts';
import { useStore } from '../store-context.ts';
import { SecretValue } from './SecretValue.tsx';
import { TypeBadge } from './TypeBadge.tsx';
import { Value } from './Value.tsx';

function pairNote(frame: StoredFrame, pair: MessagePair | undefined): string {
  if (!pair) return '';
  const other = pair.request === frame ? pair.response : pair.request;
  const relation = pair.request === frame ? 'answered by' : 'answers';
  return `${relation} frame ${other.id} in ${formatElapsed(pair.latencyMs)}${pair.error ? ' (RequestError)' : ''}`;
}

/** One frame in full: pretty JSON (as text) or a hex dump, masked, with reveal and copy. */
export function FrameDetail({ frame }: { readonly frame: StoredFrame }) {
  const store = useStore();
  const view = store.viewById.value.get(frame.connectionId);
  const message = useMemo(() => parseFrame(frame.data), [frame]);
  const pretty = useMemo(() => (frame.data.kind === 'text' ? prettyJson(frame.data.text) : ''), [frame]);
  const pair = store.pairOf(frame);
  const size = frame.truncatedFrom ?? (frame.data.kind === 'binary' ? frame.data.size : undefined);
  return (
    <div class="frame-detail" data-testid="frame-detail" data-frame-id={frame.id}>
      <div class="frame-detail-head">
        <TypeBadge type={message.type} /> <span>{frame.dir === 'sent' ? '↑ sent' : '↓ received'}</span>
        <span class="muted">
          {formatTime(frame.at)} · connection #{view?.number ?? '?'} · frame {frame.id}
          {size !== undefined && ` · ${formatBytes(size)}`}
        </span>
        {frame.truncatedFrom !== undefined && <span class="badge tone-warn">truncated</span>}
        <span class="muted">{pairNote(frame, pair)}</span>
      </div>
      {frame.data.kind === 'text' ? (
        <SecretValue value={pretty} secrets={view?.secrets} block label="frame" />
      ) : (
        <>
          <p class="muted">
            First {frame.data.headHex.length / 2} of {frame.data.size} bytes
          </p>
          <Value text={hexDump(frame.data.headHex)} block label="hex dump" />
        </>
      )}
    </div>
  );
}
