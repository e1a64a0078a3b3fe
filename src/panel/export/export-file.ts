/** A file the panel hands to the browser to save. */
export interface ExportFile {
  readonly name: string;
  readonly mime: string;
  readonly text: string;
}
