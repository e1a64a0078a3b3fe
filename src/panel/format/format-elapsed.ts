import { formatDuration } from '../../core/secrets/format-duration.ts';

/** A span of time for a table cell: `12 ms`, `1.25 s`, then the two largest units (`3 min 12 s`). */
export function formatElapsed(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const absolute = Math.abs(ms);
  if (absolute < 1_000) return `${Math.round(ms)} ms`;
  if (absolute < 10_000) return `${(ms / 1_000).toFixed(2)} s`;
  return formatDuration(ms / 1_000);
}
