/** Build target, fixed at build time by vite.config.ts. */
declare const __TARGET__: 'chrome' | 'firefox';
