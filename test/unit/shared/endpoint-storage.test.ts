import { describe, expect, test } from 'vitest';
import { wireForms } from '../../../src/core/redact/wire-forms.ts';
import { exportProfiles } from '../../../src/core/replay/profile-export.ts';
import { basicCredential } from '../../../src/core/replay/replay-credential.ts';
import { credentialKey, ENDPOINTS_KEY, EndpointStorage } from '../../../src/shared/endpoint-storage.ts';
import { CADDY, NGINX, TOKEN } from './support/endpoint-fixtures.ts';
import { counterIds, memoryAreas } from './support/memory-areas.ts';

function setup(local: Record<string, unknown> = {}, session: Record<string, unknown> = {}) {
  const areas = memoryAreas(local, session);
  return { areas, storage: new EndpointStorage(areas, counterIds()) };
}

describe('endpoint storage: profiles in storage.local, credentials apart', () => {
  test('round trip: the profile validated in storage.local, its credential in storage.session only', async () => {
    const { areas, storage } = setup();
    const saved = await storage.save({
      profile: NGINX,
      credential: { scheme: 'Bearer', value: TOKEN },
      remember: false,
    });
    expect(saved).toEqual({ ok: true, id: 'e1' });
    expect(await storage.list()).toEqual({
      endpoints: [{ id: 'e1', profile: NGINX, credential: 'session' }],
      problems: [],
    });
    expect(await storage.profiles()).toEqual([NGINX]);
    expect(await storage.credential('e1')).toEqual({ scheme: 'Bearer', value: TOKEN });
    expect(areas.local.dump()).not.toContain(TOKEN);
    expect(areas.session.items.get(credentialKey('e1'))).toEqual({ scheme: 'Bearer', value: TOKEN });
  });

  test('"remember" keeps the credential in storage.local instead; unticking moves it back to the session', async () => {
    const { areas, storage } = setup();
    const credential = basicCredential('alice@example.com', 'S3cret+pw/1');
    await storage.save({ profile: NGINX, credential, remember: true });
    expect(areas.local.items.get(credentialKey('e1'))).toEqual(credential);
    expect(areas.session.items.has(credentialKey('e1'))).toBe(false);
    expect((await storage.list()).endpoints[0]?.credential).toBe('remembered');

    await storage.save({ id: 'e1', profile: NGINX, remember: false });
    expect(areas.local.items.has(credentialKey('e1'))).toBe(false);
    expect(areas.session.items.get(credentialKey('e1'))).toEqual(credential);
    expect((await storage.list()).endpoints[0]?.credential).toBe('session');
  });

  test('saving without a credential keeps the one saved; "forget" drops it from both areas', async () => {
    const { areas, storage } = setup();
    await storage.save({ profile: NGINX, credential: { scheme: 'Bearer', value: TOKEN }, remember: false });
    await storage.save({ id: 'e1', profile: { ...NGINX, encoding: 'percent' }, remember: false });
    expect(await storage.credential('e1')).toEqual({ scheme: 'Bearer', value: TOKEN });
    await storage.save({ id: 'e1', profile: NGINX, remember: false, forgetCredential: true });
    expect(await storage.credential('e1')).toBeUndefined();
    expect([...areas.session.items.keys(), ...areas.local.items.keys()]).toEqual([ENDPOINTS_KEY]);
  });

  test('a write is validated: bad profiles and unusable credentials are refused with the reasons', async () => {
    const { areas, storage } = setup();
    expect(await storage.save({ profile: { ...NGINX, url: 'https://x.example/ws' }, remember: false })).toEqual({
      ok: false,
      errors: ['url: must start with ws:// or wss://'],
    });
    const leaky = await storage.save({
      profile: { ...NGINX, url: `wss://p.example/ws?access_token=${TOKEN}` },
      remember: false,
    });
    expect(leaky.ok).toBe(false);
    const injected = await storage.save({
      profile: NGINX,
      credential: { scheme: 'Bearer', value: 'a\r\nX: y' },
      remember: false,
    });
    expect(injected).toEqual({
      ok: false,
      errors: ['credential: the credential may hold only printable ASCII without spaces (no CR, LF, NUL)'],
    });
    expect(areas.local.items.size + areas.session.items.size).toBe(0);
  });

  test('a credential riding on the profile object is never stored with it', async () => {
    const { areas, storage } = setup();
    const smuggled = { ...NGINX, credential: { scheme: 'Bearer', value: TOKEN }, token: TOKEN };
    expect((await storage.save({ profile: smuggled, remember: true })).ok).toBe(true);
    expect(areas.local.dump()).not.toContain(TOKEN);
    expect(await storage.profiles()).toEqual([NGINX]);
  });

  test('names are unique: another endpoint may not take a saved name, the same one may keep it', async () => {
    const { storage } = setup();
    await storage.save({ profile: NGINX, remember: false });
    expect(await storage.save({ profile: { ...CADDY, name: NGINX.name }, remember: false })).toEqual({
      ok: false,
      errors: ['name: "nginx staging" is already saved'],
    });
    expect(
      await storage.save({ id: 'e1', profile: { ...NGINX, url: 'wss://other.example/ws' }, remember: false }),
    ).toEqual({ ok: true, id: 'e1' });
    expect((await storage.profiles()).map((profile) => profile.url)).toEqual(['wss://other.example/ws']);
  });

  test('remove drops the profile and its credential wherever it is', async () => {
    const { areas, storage } = setup();
    await storage.save({ profile: NGINX, credential: { scheme: 'Bearer', value: TOKEN }, remember: true });
    await storage.save({ profile: CADDY, credential: { scheme: 'Bearer', value: 'other-token' }, remember: false });
    await storage.remove('e1');
    expect(await storage.profiles()).toEqual([CADDY]);
    expect(areas.local.dump()).not.toContain(TOKEN);
    expect(await storage.credential('e2')).toEqual({ scheme: 'Bearer', value: 'other-token' });
  });

  test('the panel looks a credential up by the endpoint name', async () => {
    const { storage } = setup();
    await storage.save({ profile: NGINX, remember: false });
    await storage.save({ profile: CADDY, credential: { scheme: 'Bearer', value: TOKEN }, remember: false });
    expect(await storage.credentialByName('caddy')).toEqual({ scheme: 'Bearer', value: TOKEN });
    expect(await storage.credentialByName('nginx staging')).toBeUndefined();
    expect(await storage.credentialByName('nobody')).toBeUndefined();
  });
});

describe('endpoint storage: stored data that does not check', () => {
  test('is ignored with a line saying why, and never throws', async () => {
    const stored = [
      { id: 'ok', profile: NGINX },
      { id: 'bad url', profile: NGINX },
      { id: 'ftp', profile: { ...NGINX, name: 'ftp', url: 'ftp://x.example' } },
      { id: 'twin', profile: NGINX },
      'garbage',
      { id: 'smuggler', profile: { ...CADDY, credential: TOKEN } },
    ];
    const { storage } = setup({ [ENDPOINTS_KEY]: stored });
    const list = await storage.list();
    expect(list.endpoints.map((endpoint) => endpoint.id)).toEqual(['ok', 'smuggler']);
    expect(JSON.stringify(list.endpoints)).not.toContain(TOKEN);
    expect(list.problems).toEqual([
      'saved endpoint 2: no valid id; ignored',
      'saved endpoint 3: ignored (url: must start with ws:// or wss://)',
      'saved endpoint 4: ignored ("nginx staging" or its id is saved twice)',
      'saved endpoint 5: no valid id; ignored',
    ]);
  });

  test('a stored value that is not a list is ignored as a whole', async () => {
    const { storage } = setup({ [ENDPOINTS_KEY]: { nginx: NGINX } });
    expect(await storage.list()).toEqual({ endpoints: [], problems: ['the stored endpoints are not a list; ignored'] });
  });

  test('an unusable stored credential is ignored: the endpoint shows none, the replay gets none', async () => {
    const { storage } = setup(
      { [ENDPOINTS_KEY]: [{ id: 'a', profile: NGINX }], [credentialKey('a')]: { scheme: 'Bearer', value: 'x\ny' } },
      {},
    );
    expect(await storage.list()).toEqual({
      endpoints: [{ id: 'a', profile: NGINX, credential: 'none' }],
      problems: [
        'nginx staging: stored credential ignored (the credential may hold only printable ASCII without spaces (no CR, LF, NUL))',
      ],
    });
    expect(await storage.credential('a')).toBeUndefined();
    const odd = setup({ [ENDPOINTS_KEY]: [{ id: 'a', profile: NGINX }] }, { [credentialKey('a')]: 'Bearer abc' });
    expect(await odd.storage.credential('a')).toBeUndefined();
    expect((await odd.storage.list()).problems).toEqual([
      'nginx staging: stored credential ignored (not a scheme and value)',
    ]);
  });
});

describe('endpoint storage: export, import and changes', () => {
  test('an export of the stored profiles holds no credential in any encoding', async () => {
    const { storage } = setup();
    const basic = basicCredential('carol@example.com', 'pw>????');
    await storage.save({ profile: NGINX, credential: basic, remember: true });
    await storage.save({ profile: CADDY, credential: { scheme: 'Bearer', value: TOKEN }, remember: false });
    const { text, skipped } = exportProfiles(await storage.profiles());
    expect(skipped).toEqual([]);
    expect(JSON.parse(text).endpoints).toEqual([NGINX, CADDY]);
    for (const form of [...wireForms(`Basic ${basic.value}`), ...wireForms(`Bearer ${TOKEN}`)]) {
      expect(text).not.toContain(form);
    }
  });

  test('import adds new profiles and replaces those of the same name, keeping their credential', async () => {
    const { storage } = setup();
    await storage.save({ profile: NGINX, credential: { scheme: 'Bearer', value: TOKEN }, remember: false });
    const changed = { ...NGINX, encoding: 'raw' as const };
    expect(await storage.importProfiles([changed, CADDY])).toEqual({ added: 1, replaced: 1 });
    expect(await storage.list()).toEqual({
      endpoints: [
        { id: 'e1', profile: changed, credential: 'session' },
        { id: 'e2', profile: CADDY, credential: 'none' },
      ],
      problems: [],
    });
  });

  test('watch follows storage.local changes to endpoints and remembered credentials only; stop ends it', async () => {
    const { areas, storage } = setup();
    const seen: string[][] = [];
    const stop = storage.watch((list) => seen.push(list.endpoints.map((endpoint) => endpoint.profile.name)));
    await storage.save({ profile: NGINX, remember: false });
    await areas.local.set({ deepCapture: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([['nginx staging']]);
    expect(areas.session.listeners).toHaveLength(0);
    stop();
    expect(areas.local.listeners).toHaveLength(0);
  });
});
