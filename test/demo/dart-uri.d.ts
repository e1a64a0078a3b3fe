/** Types for the plain-JS demo module `dart-uri.js` (served to the browser without a build step). */
export function encodeQueryComponent(text: string): string;
export function replaceQueryParameters(uri: string, extra: Record<string, string>): string;
export function ensureWebSocketUri(uri: string): string;
export function normalizeEndpoint(uri: string): string;
export function basicCredentials(user: string, password: string): string;
