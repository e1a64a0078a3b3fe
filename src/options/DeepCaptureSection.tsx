import { useEffect, useState } from 'preact/hooks';
import type { OptionsApi } from './options-api.ts';

function Explanation() {
  return (
    <div class="explanation">
      <p>
        Reads the WebSocket traffic of each inspected tab through Chrome's debugger (the DevTools protocol), beside the
        page hook: the <strong>exact handshake request headers</strong> (<code>Authorization</code>, <code>Cookie</code>
        , <code>Sec-WebSocket-Protocol</code>, which the webRequest API does not show in full), and the{' '}
        <strong>sockets opened in dedicated and shared workers</strong>, which the page hook cannot see.
      </p>
      <p>
        The extension attaches only to tabs where you open the JMAP Push panel, and stays attached until the tab closes
        or you turn this off. While attached, Chrome shows a bar saying the extension{' '}
        <em>started debugging this browser</em>; cancelling that bar turns deep capture off.
      </p>
      <p>
        The exact headers, credentials included, stay in memory only (the extension's session storage is in memory too):
        never written to disk, never sent anywhere, and masked in the panel like every other secret.
      </p>
    </div>
  );
}

function describeRefusal(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Chrome refused the debugger permission (${reason}); deep capture stays off.`;
}

/** The deep-capture switch: asks for the debugger permission on the click that turns it on, then stores the choice. */
export function DeepCaptureSwitch({ api }: { api: OptionsApi }) {
  const [on, setOn] = useState<boolean | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    void api.readDeepCapture().then(setOn, () => setOn(false));
    return api.watchDeepCapture(setOn);
  }, [api]);

  const turnOn = () =>
    api.requestDebugger().then(
      async (granted) => {
        setProblem(granted ? undefined : 'Chrome did not grant the debugger permission; deep capture stays off.');
        if (!granted) return;
        await api.writeDeepCapture(true);
        setOn(true);
      },
      (error: unknown) => setProblem(describeRefusal(error)),
    );
  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const wanted = input.checked;
    input.checked = on === true; // Shown as it is until the permission and the write are through.
    if (wanted) void turnOn();
    else void api.writeDeepCapture(false).then(() => setOn(false));
  };

  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on === true}
          disabled={on === undefined}
          aria-checked={on === true}
          data-testid="deep-capture-switch"
          onChange={onChange}
        />
        Deep capture
      </label>
      <p class="status" data-testid="deep-capture-status" data-state={problem ? 'refused' : on ? 'on' : 'off'}>
        {problem ?? (on ? 'On: tabs with the panel open are read through the debugger.' : 'Off (the default).')}
      </p>
    </>
  );
}

/** The section as a whole; in Firefox (no debugger API) it explains why there is no switch. */
export function DeepCaptureSection({ api }: { api: OptionsApi | undefined }) {
  return (
    <section class="option" aria-labelledby="deep-capture-title">
      <h2 id="deep-capture-title">Deep capture (Chrome only)</h2>
      <Explanation />
      {api ? (
        <DeepCaptureSwitch api={api} />
      ) : (
        <p class="status" data-testid="deep-capture-unavailable">
          Not available in this browser: deep capture needs Chrome's debugger API, which Firefox does not have. The page
          hook and the handshake observer still capture the page's own sockets; sockets opened in workers show only
          their handshake.
        </p>
      )}
    </section>
  );
}
