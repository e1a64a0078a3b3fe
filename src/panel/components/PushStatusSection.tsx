import type { PushStatus } from '../../core/analysis/push-status.ts';
import { formatTime } from '../format/format-time.ts';
import { Badge } from './Badge.tsx';
import { Field } from './Field.tsx';
import { Section } from './Section.tsx';
import { Value } from './Value.tsx';

function dataTypes(push: PushStatus): string {
  if (push.dataTypes === undefined) return '—';
  return push.dataTypes === null ? 'every type' : push.dataTypes.join(', ');
}

const at = (time: number | undefined) => (time === undefined ? '—' : formatTime(time));

export function PushStatusSection({ push }: { readonly push: PushStatus }) {
  return (
    <Section title="Push">
      <dl class="fields">
        <Field label="Enabled">
          {push.enabled ? <Badge tone="good">PushEnable sent</Badge> : <Badge tone="warn">no PushEnable</Badge>}
          {push.enabledAt !== undefined && <span class="muted"> at {formatTime(push.enabledAt)}</span>}
        </Field>
        <Field label="Data types">
          <Value text={dataTypes(push)} label="data types" />
        </Field>
        <Field label="StateChanges">
          <Value text={String(push.stateChanges)} label="StateChange count" />
        </Field>
        <Field label="First">
          <Value text={at(push.firstStateChangeAt)} label="first StateChange time" />
        </Field>
        <Field label="Last">
          <Value text={at(push.lastStateChangeAt)} label="last StateChange time" />
        </Field>
        <Field label="pushState">{push.pushStateSeen ? 'sent by the server' : 'never seen'}</Field>
      </dl>
    </Section>
  );
}
