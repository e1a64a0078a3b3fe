import { useStore } from '../store-context.ts';

/** Screen-sharing mode: every secret stays masked and no Reveal button is shown. */
export function PresentationSwitch() {
  const { presentation } = useStore();
  return (
    <label class="switch" title="Hide every secret and every Reveal button, for screen sharing">
      <input
        type="checkbox"
        role="switch"
        checked={presentation.value}
        aria-checked={presentation.value}
        data-testid="presentation-switch"
        onChange={(event) => {
          presentation.value = event.currentTarget.checked;
        }}
      />
      Presentation mode
    </label>
  );
}
