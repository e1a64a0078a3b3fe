import type { CaptureEnvironment } from '../core/capture/imported-capture.ts';
import { saveFile } from './dom/save-file.ts';
import type { ExportFile } from './export/export-file.ts';

export const PRODUCER_NAME = 'JMAP Push Inspector';

/** What the page around the panel provides: who exports, in which browser, and how files are saved and opened. */
export interface PanelHost {
  readonly producer: { readonly name: string; readonly version: string };
  /** The browser and extension of a live capture; an import keeps the one its file names. */
  readonly environment?: CaptureEnvironment;
  readonly save: (file: ExportFile) => void;
  /** "Open file…": a bundle or HAR, on the import page itself or in a new tab from the live panel. */
  readonly openFile?: () => void;
}

/** For a panel rendered outside the extension (tests, demos): downloads work, the version is unknown. */
export const DEFAULT_HOST: PanelHost = { producer: { name: PRODUCER_NAME, version: '0.0.0' }, save: saveFile };
