import { headerSecrets } from '../../core/capture/header-secrets.ts';
import type { HttpHeader } from '../../core/model/http-header.ts';
import { SecretValue } from './SecretValue.tsx';

interface HeaderTableProps {
  readonly headers: readonly HttpHeader[] | undefined;
  readonly secrets: readonly string[];
  /** Said when the browser did not tell the headers. */
  readonly unknown: string;
}

/** Headers as name/value rows; credential and cookie values are masked like any other secret. */
export function HeaderTable({ headers, secrets, unknown }: HeaderTableProps) {
  if (headers === undefined) return <p class="muted">{unknown}</p>;
  if (headers.length === 0) return <p class="muted">None.</p>;
  return (
    <table class="table headers">
      <tbody>
        {headers.map((header, index) => (
          <tr key={index}>
            <th scope="row">{header.name}</th>
            <td>
              <SecretValue
                value={header.value}
                secrets={[...secrets, ...headerSecrets(header)]}
                label={`${header.name} header`}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
