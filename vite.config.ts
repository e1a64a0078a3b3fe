import { readFileSync, renameSync, rmdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { type BaseManifest, manifestFor, type Target } from './src/build/manifest-for.ts';

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const base = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as BaseManifest;
const PANEL_SOURCE = 'src/panel/index.html';

/** The panel must live at the extension root (`/panel.html?tabId=N`), but its source stays in src/panel. */
function panelAtRoot(): Plugin {
  return {
    name: 'jpi-panel-at-root',
    writeBundle({ dir = '' }) {
      renameSync(join(dir, PANEL_SOURCE), join(dir, 'panel.html'));
      rmdirSync(join(dir, dirname(PANEL_SOURCE)));
    },
  };
}

export default defineConfig({
  define: { __TARGET__: JSON.stringify(target) },
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(base, target) as unknown as ManifestV3Export,
      browser: target,
      // The hook must be in place before any page script: a synchronous script, not crxjs's async loader (TOOLCHAIN §5).
      contentScripts: { standaloneFiles: ['src/page/index.ts', 'src/content/index.ts'] },
    }),
    panelAtRoot(),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    rollupOptions: { input: { panel: PANEL_SOURCE } },
  },
});
