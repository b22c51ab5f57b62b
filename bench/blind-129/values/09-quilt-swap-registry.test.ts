// expect: no-promise-as-value
// The matching test passes the promise returned by the async isMatched straight to assert.ok, which is always truthy, so the assertion can never fail.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface SwapEntry {
  member: string;
  blockSize: number;
  colorway: string;
  partner?: string;
}

class SwapRegistry {
  constructor(private readonly file: string) {}

  private async load(): Promise<SwapEntry[]> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as SwapEntry[];
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  async signUp(entry: SwapEntry): Promise<void> {
    const entries = await this.load();
    if (entries.some((e) => e.member === entry.member)) throw new Error(`${entry.member} already signed up`);
    entries.push(entry);
    await writeFile(this.file, JSON.stringify(entries));
  }

  async matchBySize(): Promise<number> {
    const entries = await this.load();
    const open = entries.filter((e) => !e.partner);
    let matched = 0;
    for (const a of open) {
      if (a.partner) continue;
      const b = open.find((x) => x !== a && !x.partner && x.blockSize === a.blockSize);
      if (b) {
        a.partner = b.member;
        b.partner = a.member;
        matched += 1;
      }
    }
    await writeFile(this.file, JSON.stringify(entries));
    return matched;
  }

  async isMatched(member: string): Promise<boolean> {
    return (await this.load()).some((e) => e.member === member && e.partner !== undefined);
  }
}

describe('SwapRegistry', () => {
  let dir: string;
  let registry: SwapRegistry;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quilt-swap-'));
    registry = new SwapRegistry(join(dir, 'swaps.json'));
    await registry.signUp({ member: 'odette', blockSize: 12, colorway: 'indigo' });
    await registry.signUp({ member: 'fern', blockSize: 12, colorway: 'scrappy' });
    await registry.signUp({ member: 'lucia', blockSize: 9, colorway: 'civil war repro' });
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('refuses a duplicate sign-up', async () => {
    await assert.rejects(
      registry.signUp({ member: 'fern', blockSize: 6, colorway: 'batik' }),
      /already signed up/,
    );
  });

  test('pairs members with the same block size', async () => {
    const matched = await registry.matchBySize();
    assert.equal(matched, 1);
    assert.ok(registry.isMatched('odette'));
    assert.equal(await registry.isMatched('lucia'), false);
  });
});
