// expect: none
// Every async flag lookup is awaited before it reaches assert, and the rejection case goes through assert.rejects with the promise, which is what that API expects.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface FlagSource {
  fetchFlags(env: string, opts: { signal?: AbortSignal }): Promise<Record<string, boolean | number>>;
}

class FlagClient {
  private cache: Record<string, boolean | number> | null = null;

  constructor(
    private readonly source: FlagSource,
    private readonly env: string,
  ) {}

  private async load(): Promise<Record<string, boolean | number>> {
    this.cache ??= await this.source.fetchFlags(this.env, {});
    return this.cache;
  }

  async isEnabled(name: string): Promise<boolean> {
    const flags = await this.load();
    return flags[name] === true;
  }

  async rolloutPercent(name: string): Promise<number> {
    const value = (await this.load())[name];
    if (typeof value !== 'number') throw new RangeError(`flag ${name} is not a rollout`);
    return value;
  }
}

const fixtures: FlagSource = {
  async fetchFlags(env) {
    if (env === 'broken') throw new Error('flag service unavailable');
    return { newCheckout: true, darkMode: false, searchV2: 25 };
  },
};

describe('FlagClient', () => {
  it('reports enabled flags', async () => {
    const client = new FlagClient(fixtures, 'staging');
    assert.ok(await client.isEnabled('newCheckout'));
    assert.equal(await client.isEnabled('darkMode'), false);
  });

  it('returns rollout percentages', async () => {
    const client = new FlagClient(fixtures, 'staging');
    const pct = await client.rolloutPercent('searchV2');
    assert.strictEqual(pct, 25);
  });

  it('rejects non-numeric rollouts', async () => {
    const client = new FlagClient(fixtures, 'staging');
    await assert.rejects(client.rolloutPercent('newCheckout'), RangeError);
  });

  it('surfaces source failures', async () => {
    const client = new FlagClient(fixtures, 'broken');
    await assert.rejects(() => client.isEnabled('newCheckout'), /unavailable/);
  });
});
