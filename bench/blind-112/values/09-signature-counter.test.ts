// expect: none
// Every assertion on the binder's async results awaits the promise first (or uses assert.rejects), so the tests compare real numbers and strings.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

class SignatureCounter {
  constructor(private readonly leavesPerSignature: number) {}

  async countSignatures(collationFile: string): Promise<number> {
    const text = await readFile(collationFile, 'utf8');
    const leaves = text.split('\n').filter((l) => l.trim().startsWith('leaf')).length;
    if (leaves % this.leavesPerSignature !== 0) {
      throw new Error(`${leaves} leaves do not fold into ${this.leavesPerSignature}-leaf signatures`);
    }
    return leaves / this.leavesPerSignature;
  }

  async sewingPlan(collationFile: string): Promise<string> {
    const signatures = await this.countSignatures(collationFile);
    return signatures > 20 ? 'all-along on tapes' : 'two-on over cords';
  }
}

describe('SignatureCounter', () => {
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bindery-'));
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `leaf ${i + 1}`).join('\n');
    await writeFile(join(dir, 'octavo.txt'), lines(96));
    await writeFile(join(dir, 'folio.txt'), lines(8 * 25));
    await writeFile(join(dir, 'damaged.txt'), lines(93));
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('counts octavo signatures', async () => {
    const counter = new SignatureCounter(8);
    assert.equal(await counter.countSignatures(join(dir, 'octavo.txt')), 12);
  });

  test('chooses a sewing structure from the signature count', async () => {
    const counter = new SignatureCounter(8);
    assert.equal(await counter.sewingPlan(join(dir, 'octavo.txt')), 'two-on over cords');
    assert.equal(await counter.sewingPlan(join(dir, 'folio.txt')), 'all-along on tapes');
  });

  test('refuses a text block with missing leaves', async () => {
    const counter = new SignatureCounter(8);
    await assert.rejects(counter.countSignatures(join(dir, 'damaged.txt')), /93 leaves/);
  });
});
