// expect: no-uncalled-async-function
// `seedHouseProfiles` is put into Promise.all as a function reference instead of being called, so the house profiles are never seeded before each test.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
  not: { toContain(item: unknown): void };
};

interface RoastProfile {
  name: string;
  chargeTempC: number;
  firstCrackAtS: number;
  dropTempC: number;
  developmentRatio: number;
}

class ProfileStore {
  constructor(private readonly dir: string) {}

  async save(profile: RoastProfile, opts: { overwrite?: boolean } = {}): Promise<void> {
    const file = join(this.dir, `${profile.name}.json`);
    await writeFile(file, JSON.stringify(profile), { flag: opts.overwrite ? 'w' : 'wx' });
  }

  async load(name: string): Promise<RoastProfile> {
    return JSON.parse(await readFile(join(this.dir, `${name}.json`), 'utf8')) as RoastProfile;
  }

  async names(): Promise<string[]> {
    return (await readdir(this.dir)).map((f) => f.replace(/\.json$/, '')).sort();
  }
}

const HOUSE_PROFILES: RoastProfile[] = [
  { name: 'house-espresso', chargeTempC: 205, firstCrackAtS: 540, dropTempC: 224, developmentRatio: 0.22 },
  { name: 'light-filter', chargeTempC: 195, firstCrackAtS: 480, dropTempC: 208, developmentRatio: 0.16 },
];

describe('ProfileStore', () => {
  let dir: string;
  let store: ProfileStore;

  async function seedHouseProfiles() {
    for (const profile of HOUSE_PROFILES) await store.save(profile);
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'roast-profiles-'));
    store = new ProfileStore(dir);
    await Promise.all([writeFile(join(dir, '.keep'), ''), seedHouseProfiles]);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('overwrites a house profile when explicitly asked', async () => {
    const tweaked = { ...HOUSE_PROFILES[0], dropTempC: 226 };
    await store.save(tweaked, { overwrite: true });
    const stored = await store.load('house-espresso');
    expect(stored.dropTempC).toBe(226);
  });

  it('lists custom profiles by name', async () => {
    await store.save({ name: 'ethiopia-natural', chargeTempC: 198, firstCrackAtS: 500, dropTempC: 212, developmentRatio: 0.18 });
    const names = await store.names();
    expect(names).toContain('ethiopia-natural');
    expect(names).not.toContain('ethiopia-natural.json');
  });

  it('refuses a duplicate custom name without the overwrite flag', async () => {
    const kenya = { name: 'kenya-aa', chargeTempC: 200, firstCrackAtS: 510, dropTempC: 215, developmentRatio: 0.19 };
    await store.save(kenya);
    const outcome = await store.save({ ...kenya, dropTempC: 220 }).then(
      () => 'saved',
      (err: NodeJS.ErrnoException) => err.code,
    );
    expect(outcome).toBe('EEXIST');
    expect((await store.load('kenya-aa')).dropTempC).toEqual(215);
  });
});
