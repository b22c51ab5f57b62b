// expect: no-floating-promises
// One assert.rejects call is not awaited, so the test finishes before the rejection check runs and its failure is never observed.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface RoastProfile {
  name: string;
  beanOrigin: string;
  chargeTempC: number;
  firstCrackSec: number;
  dropSec: number;
  dropTempC: number;
}

class ProfileStore {
  constructor(private readonly file: string) {}

  async list(): Promise<RoastProfile[]> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as RoastProfile[];
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  async save(profile: RoastProfile): Promise<void> {
    if (profile.dropSec <= profile.firstCrackSec) {
      throw new Error(`${profile.name}: drop must come after first crack`);
    }
    if (profile.dropTempC <= 180 || profile.dropTempC > 250) {
      throw new RangeError(`${profile.name}: drop temperature ${profile.dropTempC}°C out of range`);
    }
    const all = (await this.list()).filter((p) => p.name !== profile.name);
    all.push(profile);
    await writeFile(this.file, JSON.stringify(all, null, 2));
  }
}

const ethiopiaLight: RoastProfile = {
  name: 'Yirgacheffe light',
  beanOrigin: 'Ethiopia',
  chargeTempC: 200,
  firstCrackSec: 480,
  dropSec: 570,
  dropTempC: 205,
};

describe('ProfileStore', () => {
  let dir: string | undefined;
  let store: ProfileStore;

  beforeEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = await mkdtemp(join(tmpdir(), 'roast-'));
    store = new ProfileStore(join(dir, 'profiles.json'));
  });

  it('starts empty', async () => {
    assert.deepEqual(await store.list(), []);
  });

  it('persists and overwrites profiles by name', async () => {
    await store.save(ethiopiaLight);
    await store.save({ ...ethiopiaLight, dropSec: 600 });
    const all = await store.list();
    assert.equal(all.length, 1);
    assert.equal(all[0].dropSec, 600);
  });

  it('rejects a drop before first crack', async () => {
    await assert.rejects(store.save({ ...ethiopiaLight, name: 'bad timing', dropSec: 400 }), /drop must come after first crack/);
  });

  it('rejects a scorching drop temperature', () => {
    assert.rejects(store.save({ ...ethiopiaLight, name: 'scorched', dropTempC: 262 }), RangeError);
  });

  it('leaves the file untouched when validation fails', async () => {
    await store.save(ethiopiaLight);
    await assert.rejects(store.save({ ...ethiopiaLight, name: 'cold', dropTempC: 150 }));
    const names = (await store.list()).map((p) => p.name);
    assert.deepEqual(names, ['Yirgacheffe light']);
  });
});
