import { matrixSummary } from '../../core/replay/diagnose-matrix.ts';
import type { MatrixRun } from '../replay/replay-service.ts';
import { MaskedText } from './MaskedText.tsx';

/** Every endpoint × transport tried, with the cause of each failure and its fix. */
export function DiagnoseMatrix({
  matrix,
  secrets,
}: {
  readonly matrix: MatrixRun;
  readonly secrets: readonly string[];
}) {
  return (
    <div class="matrix" data-testid="diagnose-matrix" data-done={matrix.done ? 'yes' : 'no'}>
      <p>{matrix.done ? matrixSummary(matrix.rows) : `Running ${matrix.rows.length + 1} of ${matrix.total}…`}</p>
      <table class="table compact">
        <thead>
          <tr>
            <th>Endpoint</th>
            <th>Transport</th>
            <th>Outcome</th>
            <th>Status</th>
            <th>Cause</th>
            <th>Fix</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr
              key={`${row.endpoint}|${row.transport}`}
              data-matrix-endpoint={row.endpoint}
              data-transport={row.transport}
              data-verdict={row.verdict}
              data-cause={row.cause?.id ?? ''}
            >
              <td>{row.endpoint}</td>
              <td>{row.transport}</td>
              <td>{row.verdict}</td>
              <td>{row.status ?? '—'}</td>
              <td>
                <MaskedText text={row.cause?.title ?? ''} secrets={secrets} />
              </td>
              <td>
                <MaskedText text={row.fix} secrets={secrets} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
