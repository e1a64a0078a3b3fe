import { useMemo, useState } from 'preact/hooks';
import { redact } from '../../core/redact/redact.ts';
import { useStore } from '../store-context.ts';
import { CopyButton } from './CopyButton.tsx';

const NO_SECRETS: readonly string[] = [];

interface SecretValueProps {
  readonly value: string;
  /** Secrets known to be in the value, on top of what the scanners find by themselves. */
  readonly secrets?: readonly string[];
  /** A preformatted block (JSON, bodies) instead of an inline value. */
  readonly block?: boolean;
  /** What the value is, for the buttons' accessible names. */
  readonly label?: string;
  /** Core prose (evidence, explanations): laid out as running text. */
  readonly prose?: boolean;
}

/**
 * A value that may hold a secret: shown redacted, with Reveal/Hide when something was masked and Copy for what is
 * shown. Presentation mode keeps it masked and removes the Reveal button.
 */
export function SecretValue({
  value,
  secrets = NO_SECRETS,
  block = false,
  label = 'value',
  prose = false,
}: SecretValueProps) {
  const presentation = useStore().presentation.value;
  const [revealed, setRevealed] = useState(false);
  const masked = useMemo(() => redact(value, secrets), [value, secrets]);
  const hasSecret = masked !== value;
  const raw = revealed && hasSecret && !presentation;
  const shown = raw ? value : masked;
  const text = block ? <pre class="value-text">{shown}</pre> : <span class="value-text">{shown}</span>;
  const classes = `value${block ? ' value-block' : ''}${prose ? ' value-prose' : ''}`;
  return (
    <span class={classes} data-secret={hasSecret ? (raw ? 'revealed' : 'masked') : undefined}>
      {text}
      {hasSecret && !presentation && (
        <button
          type="button"
          class="link-button reveal"
          aria-pressed={raw}
          aria-label={`${raw ? 'Hide' : 'Reveal'} ${label}`}
          onClick={() => setRevealed(!raw)}
        >
          {raw ? 'Hide' : 'Reveal'}
        </button>
      )}
      <CopyButton text={shown} label={`Copy ${label}`} />
    </span>
  );
}
