import fc from 'fast-check';

/** What could end a directive, open a block, start a comment or a placeholder in nginx, Caddy or HAProxy text. */
export const CONFIG_META = /[\s;{}#"'`$\\|&<>()*?,\0]/;

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const dnsName = fc
  .array(label, { minLength: 1, maxLength: 4 })
  .map((labels) => labels.join('.'))
  .filter((name) => /[a-z]/.test(name));
export const host = fc.oneof(ipv4, dnsName, fc.constantFrom('[::1]', '[fe80::1]', '[2001:db8::8:800:200c:417a]'));
export const port = fc.integer({ min: 1, max: 65535 });
