import { CopyButton } from './CopyButton.tsx';

/** A value that holds no secret (a status, a state string, an id): the text and a copy button. */
export function Value({
  text,
  label = 'value',
  block = false,
}: {
  readonly text: string;
  readonly label?: string;
  readonly block?: boolean;
}) {
  return (
    <span class={block ? 'value value-block' : 'value'}>
      {block ? <pre class="value-text">{text}</pre> : <span class="value-text">{text}</span>}
      <CopyButton text={text} label={`Copy ${label}`} />
    </span>
  );
}
