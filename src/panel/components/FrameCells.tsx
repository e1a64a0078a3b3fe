import { useMemo } from 'preact/hooks';
import type { MessagePair } from '../../core/jmap/pair-messages.ts';
import { parseFrame } from '../../core/jmap/parse-frame.ts';
import { redact } from '../../core/redact/redact.ts';
import type { StoredFrame } from '../../shared/protocol.ts';
import { formatBytes } from '../format/format-bytes.ts';
import { formatElapsed } from '../format/format-elapsed.ts';
import { formatTime } from '../format/format-time.ts';
import { frameSize } from '../format/frame-size.ts';
import { frameSummary } from '../format/frame-summary.ts';
import { TypeBadge } from './TypeBadge.tsx';

interface FrameCellsProps {
  readonly frame: StoredFrame;
  readonly connectionNumber: number | undefined;
  readonly secrets: readonly string[];
  readonly pair: MessagePair | undefined;
}

/** The cells of one frame row: time, direction, connection, JMAP type, masked summary, size, latency. */
export function FrameCells({ frame, connectionNumber, secrets, pair }: FrameCellsProps) {
  const message = useMemo(() => parseFrame(frame.data), [frame]);
  const summary = useMemo(() => redact(frameSummary(message, frame.data), secrets), [message, frame, secrets]);
  const sent = frame.dir === 'sent';
  return (
    <>
      <span class="cell time">{formatTime(frame.at)}</span>
      <span class={`cell dir dir-${frame.dir}`} title={frame.dir}>
        {sent ? '↑' : '↓'}
      </span>
      <span class="cell num">{connectionNumber ?? '?'}</span>
      <span class="cell">
        <TypeBadge type={message.type} />
      </span>
      <span class="cell summary" title={summary}>
        {summary}
      </span>
      <span class="cell size">{formatBytes(frameSize(frame.data, frame.truncatedFrom))}</span>
      <span
        class={`cell latency${pair?.error ? ' latency-error' : ''}`}
        title={pair ? `paired by ${pair.match}` : undefined}
      >
        {pair ? formatElapsed(pair.latencyMs) : ''}
      </span>
    </>
  );
}
