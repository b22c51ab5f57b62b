// expect: no-read-before-settle
// currentProfile() assigns the loaded profile inside a .then callback and returns the local immediately, so it always returns the fallback (or the previous profile) instead of the one just loaded.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface AnnealProfile {
  name: string;
  soakC: number;
  coolRateCPerHour: number;
}

interface ProfileStore {
  load(lehrId: string): Promise<AnnealProfile>;
}

const SAFE_DEFAULT: AnnealProfile = { name: 'soda-lime default', soakC: 482, coolRateCPerHour: 60 };

class LehrController {
  private cached: AnnealProfile | undefined;
  loadErrors = 0;

  constructor(
    private readonly lehrId: string,
    private readonly store: ProfileStore,
  ) {}

  currentProfile(): AnnealProfile {
    let profile = this.cached ?? SAFE_DEFAULT;
    this.store.load(this.lehrId).then(
      (loaded) => {
        this.cached = loaded;
        profile = loaded;
      },
      () => {
        this.loadErrors++;
      },
    );
    return profile;
  }

  hoursToRoomTemp(profile: AnnealProfile, roomC = 21): number {
    return Math.ceil((profile.soakC - roomC) / profile.coolRateCPerHour);
  }
}

describe('LehrController', () => {
  const borosilicate: AnnealProfile = { name: 'borosilicate 3.3', soakC: 565, coolRateCPerHour: 45 };
  let calls: string[];
  let store: ProfileStore;

  before(() => {
    calls = [];
    store = {
      async load(lehrId: string) {
        calls.push(lehrId);
        return borosilicate;
      },
    };
  });

  after(() => {
    calls.length = 0;
  });

  test('asks the store for the lehr it controls', () => {
    const lehr = new LehrController('lehr-east', store);
    lehr.currentProfile();
    assert.deepEqual(calls, ['lehr-east']);
  });

  test('returns the stored borosilicate schedule', async () => {
    const lehr = new LehrController('lehr-west', store);
    lehr.currentProfile();
    await new Promise((resolve) => setImmediate(resolve));
    const profile = lehr.currentProfile();
    assert.equal(profile.name, 'borosilicate 3.3');
    assert.equal(lehr.hoursToRoomTemp(profile), 13);
  });

  test('falls back to the soda-lime default when the store is down', async () => {
    const lehr = new LehrController('lehr-north', {
      load: () => Promise.reject(new Error('profile db offline')),
    });
    assert.deepEqual(lehr.currentProfile(), SAFE_DEFAULT);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(lehr.loadErrors, 1);
  });

  test('computes cooling time from the soak temperature', () => {
    const lehr = new LehrController('lehr-south', store);
    assert.equal(lehr.hoursToRoomTemp(SAFE_DEFAULT), 8);
  });
});
