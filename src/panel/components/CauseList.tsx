import type { Cause } from '../../core/diagnosis/cause.ts';
import { MaskedText } from './MaskedText.tsx';
import { SecretValue } from './SecretValue.tsx';

/** Causes as cards, each with its explanation and the checks to run; `data-cause` is the stable test hook. */
export function CauseList({
  causes,
  secrets,
}: {
  readonly causes: readonly Cause[];
  readonly secrets: readonly string[];
}) {
  return (
    <ul class="cards">
      {causes.map((cause) => (
        <li key={cause.id} class="card" data-cause={cause.id}>
          <div class="card-head">
            <strong>{cause.title}</strong> <code class="muted">{cause.id}</code>
          </div>
          <SecretValue value={cause.explanation} secrets={secrets} label="explanation" prose />
          <ol class="checks">
            {cause.checks.map((check) => (
              <li key={check}>
                <MaskedText text={check} secrets={secrets} />
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
