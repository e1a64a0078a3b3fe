import type { JmapMessageType } from '../../core/jmap/jmap-message.ts';
import { typeLabel } from '../format/type-label.ts';

/** The JMAP `@type` of a frame, coloured by kind (class `type-<type>` in panel.css). */
export function TypeBadge({ type }: { readonly type: JmapMessageType }) {
  return (
    <span class={`badge type-badge type-${type}`} title={type}>
      {typeLabel(type)}
    </span>
  );
}
