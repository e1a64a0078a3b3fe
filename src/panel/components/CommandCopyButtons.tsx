import { useMemo } from 'preact/hooks';
import { commandInputFromConnection, curlCommand, websocatCommand } from '../../core/replay/copy-as-command.ts';
import type { ConnectionView } from '../panel-store.ts';
import { useStore } from '../store-context.ts';
import { CopyButton } from './CopyButton.tsx';

/** "Copy as websocat / curl", masked; with the credential only on request, and never in presentation mode. */
export function CommandCopyButtons({ view }: { readonly view: ConnectionView }) {
  const presentation = useStore().presentation.value;
  const input = useMemo(() => commandInputFromConnection(view.record), [view.record]);
  const commands = [
    ['websocat', websocatCommand],
    ['curl', curlCommand],
  ] as const;
  return (
    <span class="command-copy">
      {commands.map(([name, build]) => (
        <span key={name} data-testid={`copy-${name}`}>
          {name} <CopyButton text={build(input)} label={`Copy as ${name} (credential masked)`} />
          {!presentation && (
            <CopyButton text={build(input, { reveal: true })} label={`Copy as ${name} with the credential`} />
          )}
        </span>
      ))}
    </span>
  );
}
