// expect: no-promise-as-value
// The import test asserts assert.ok(library.hasRoll(...)) on an async method, so the check passes on the always-truthy promise even if the roll is missing.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface MusicRoll {
  rollId: string;
  title: string;
  composer: string;
  bars: number;
  holes: number[][];
}

interface RollLibrary {
  importRoll(raw: string): Promise<MusicRoll>;
  hasRoll(rollId: string): Promise<boolean>;
  getRoll(rollId: string): Promise<MusicRoll | undefined>;
  removeRoll(rollId: string): Promise<void>;
  search(term: string): Promise<MusicRoll[]>;
}

declare function createRollLibrary(options: { scale: 'gavioli-89' | 'wurlitzer-165' }): RollLibrary;

const skatersWaltz = [
  'id: skaters-waltz',
  'title: The Skaters Waltz',
  'composer: Waldteufel',
  'bars: 3',
  '1 5 9 | 3 7 | 1 5 9 12',
].join('\n');

const blueDanube = [
  'id: blue-danube',
  'title: On the Beautiful Blue Danube',
  'composer: Strauss II',
  'bars: 2',
  '2 6 | 2 6 10',
].join('\n');

describe('carousel organ roll library', () => {
  let library: RollLibrary;

  beforeEach(() => {
    library = createRollLibrary({ scale: 'gavioli-89' });
  });

  it('imports a roll and makes it available', async () => {
    const roll = await library.importRoll(skatersWaltz);
    assert.equal(roll.rollId, 'skaters-waltz');
    assert.ok(library.hasRoll('skaters-waltz'));
  });

  it('parses hole punches per bar', async () => {
    const roll = await library.importRoll(skatersWaltz);
    assert.deepEqual(roll.holes, [[1, 5, 9], [3, 7], [1, 5, 9, 12]]);
  });

  it('rejects a roll whose bar count does not match', async () => {
    await assert.rejects(library.importRoll(skatersWaltz.replace('bars: 3', 'bars: 4')), /bar count/);
  });

  it('finds rolls by composer', async () => {
    await library.importRoll(skatersWaltz);
    await library.importRoll(blueDanube);
    const found = await library.search('strauss');
    assert.deepEqual(
      found.map((r) => r.rollId),
      ['blue-danube'],
    );
  });

  it('removes a roll', async () => {
    await library.importRoll(blueDanube);
    await library.removeRoll('blue-danube');
    assert.equal(await library.getRoll('blue-danube'), undefined);
  });
});
