import type { DropCounts } from '../../shared/protocol.ts';

const count = (value: number) => value.toLocaleString('en-US').replace(/,/g, ' ');

/** `312 dropped (300 evicted by the 50 000-frame cap, 12 refused)`, or undefined when nothing was dropped. */
export function describeDrops(dropped: DropCounts, frameCap: number): string | undefined {
  const total = dropped.evicted + dropped.rejected + dropped.lostOnRestart;
  if (total === 0) return undefined;
  const parts = [
    dropped.evicted > 0 ? `${count(dropped.evicted)} evicted by the ${count(frameCap)}-frame cap` : '',
    dropped.rejected > 0 ? `${count(dropped.rejected)} refused` : '',
    dropped.lostOnRestart > 0 ? `${count(dropped.lostOnRestart)} lost when the background restarted` : '',
  ].filter((part) => part !== '');
  return `${count(total)} dropped (${parts.join(', ')})`;
}
