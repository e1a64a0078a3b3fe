import { TMAIL_AUTH_TYPES } from '../../core/session/tmail-pr-plan.ts';
import type { TmailPrBuild } from '../../core/session/tmail-strategy-pr.ts';
import { Badge } from './Badge.tsx';
import { TmailPlanRow } from './TmailPlanRow.tsx';

/** One strategy-pattern PR build: its gate, then what each auth type would do. */
export function TmailPrBuildView({ name, build }: { readonly name: string; readonly build: TmailPrBuild }) {
  const gate = build.gatePassed ? <Badge tone="good">gate passes</Badge> : <Badge tone="warn">gate fails</Badge>;
  return (
    <div class="pr-build">
      <p>
        <strong>{name}</strong> {gate} {build.explanation}
      </p>
      <table class="table compact">
        <thead>
          <tr>
            <th>Auth type</th>
            <th>Strategy</th>
            <th>Connects</th>
            <th>What happens</th>
          </tr>
        </thead>
        <tbody>
          {TMAIL_AUTH_TYPES.map((type) => (
            <TmailPlanRow key={type} type={type} plan={build.plans[type]} />
          ))}
        </tbody>
      </table>
      {build.notes.map((note) => (
        <p key={note} class="note">
          {note}
        </p>
      ))}
    </div>
  );
}
