import { useSend, useStore } from '../store-context.ts';

/** Keep connections and frames across page loads; the background owns the setting, the box shows it at once. */
export function PreserveLogToggle() {
  const store = useStore();
  const send = useSend();
  return (
    <label class="check" title="Keep connections and frames across page loads">
      <input
        type="checkbox"
        checked={store.preserveLog.value}
        data-testid="preserve-log"
        onChange={(event) => {
          const preserveLog = event.currentTarget.checked;
          store.preserveLog.value = preserveLog;
          send({ type: 'set-preserve-log', preserveLog });
        }}
      />
      Preserve log
    </label>
  );
}
