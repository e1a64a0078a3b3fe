import { render } from 'preact';
import browser from 'webextension-polyfill';
import { EndpointStorage } from '../shared/endpoint-storage.ts';
import { EndpointsSection } from '../shared/endpoints-editor/EndpointsSection.tsx';
import { DeepCaptureSection } from './DeepCaptureSection.tsx';
import { chromeOptionsApi } from './options-api.ts';

const root = document.getElementById('app');
const api = __TARGET__ === 'chrome' ? chromeOptionsApi() : undefined;
const endpoints = new EndpointStorage({ local: browser.storage.local, session: browser.storage.session });
document.documentElement.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
if (root) {
  render(
    <main>
      <h1>JMAP Push Inspector</h1>
      <DeepCaptureSection api={api} />
      <EndpointsSection storage={endpoints} />
    </main>,
    root,
  );
}
