import { render } from 'preact';
import { DeepCaptureSection } from './DeepCaptureSection.tsx';
import { chromeOptionsApi } from './options-api.ts';

const root = document.getElementById('app');
const api = __TARGET__ === 'chrome' ? chromeOptionsApi() : undefined;
document.documentElement.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
if (root) {
  render(
    <main>
      <h1>JMAP Push Inspector</h1>
      <DeepCaptureSection api={api} />
    </main>,
    root,
  );
}
