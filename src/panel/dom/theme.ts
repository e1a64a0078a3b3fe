export type Theme = 'light' | 'dark';

/** The DevTools theme when the browser tells it (`default` is light), else the system's preference. */
export function themeFor(devtoolsTheme: string | undefined, prefersDark: boolean): Theme {
  if (devtoolsTheme === 'dark') return 'dark';
  if (devtoolsTheme !== undefined && devtoolsTheme !== '') return 'light';
  return prefersDark ? 'dark' : 'light';
}

export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme;
}
