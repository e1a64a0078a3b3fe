import { useStore } from '../store-context.ts';

/** Whether the port to the background is up (it drops whenever the MV3 service worker stops; the panel reconnects). */
export function LinkIndicator() {
  const store = useStore();
  const link = store.link.value;
  const status = store.background.value;
  const text =
    link === 'connected' && status ? `background ${status.browser} v${status.version}` : `background ${link}`;
  return (
    <span
      class={`link link-${link}`}
      data-testid="background-link"
      data-link={link}
      title="Link to the extension background"
    >
      <span class="dot" aria-hidden="true" />
      {text}
    </span>
  );
}
