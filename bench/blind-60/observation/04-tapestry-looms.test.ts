// expect: none
// Each stored waitFor... promise is awaited before any other await happens, and every started shuttle pass is awaited with Promise.all, so nothing is left unobserved.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface Pass {
  row: number;
  weft: string;
  shed: 'A' | 'B';
}

class Loom extends EventEmitter {
  readonly woven: Pass[] = [];
  private shed: 'A' | 'B' = 'A';
  private brokenWarp = false;

  breakWarp(): void {
    this.brokenWarp = true;
  }

  async throwShuttle(row: number, weft: string): Promise<Pass> {
    await new Promise((r) => setImmediate(r));
    if (this.brokenWarp) throw new Error(`warp broken at row ${row}`);
    const pass: Pass = { row, weft, shed: this.shed };
    this.shed = this.shed === 'A' ? 'B' : 'A';
    this.woven.push(pass);
    if (this.woven.length % 4 === 0) this.emit('beat', this.woven.length);
    return pass;
  }

  async weaveRows(rows: Array<[number, string]>): Promise<Pass[]> {
    const passes: Pass[] = [];
    for (const [row, weft] of rows) passes.push(await this.throwShuttle(row, weft));
    this.emit('idle');
    return passes;
  }

  async waitForIdle(): Promise<void> {
    await once(this, 'idle');
  }
}

describe('tapestry loom', () => {
  let loom: Loom;

  beforeEach(() => {
    loom = new Loom();
  });

  it('alternates sheds on each pass', async () => {
    const passes = await loom.weaveRows([
      [1, 'madder'],
      [2, 'weld'],
      [3, 'indigo'],
    ]);
    assert.deepEqual(
      passes.map((p) => p.shed),
      ['A', 'B', 'A'],
    );
  });

  it('signals idle once the row batch is done', async () => {
    const idle = loom.waitForIdle();
    const weaving = loom.weaveRows([[1, 'madder']]);
    await Promise.all([idle, weaving]);
    assert.equal(loom.woven.length, 1);
  });

  it('beats the weft every fourth pass', async () => {
    const beat = once(loom, 'beat');
    const rows: Array<[number, string]> = [1, 2, 3, 4].map((r) => [r, 'undyed']);
    const [[count]] = await Promise.all([beat, loom.weaveRows(rows)]);
    assert.equal(count, 4);
  });

  it('fails the pass on a broken warp', async () => {
    loom.breakWarp();
    const pass = loom.throwShuttle(7, 'cochineal');
    await assert.rejects(pass, /warp broken at row 7/);
    assert.equal(loom.woven.length, 0);
  });

  it('weaves independent sample strips concurrently', async () => {
    const strips = [new Loom(), new Loom(), new Loom()];
    const results = await Promise.all(strips.map((l, i) => l.weaveRows([[1, `sample-${i}`]])));
    assert.deepEqual(
      results.map((r) => r[0].weft),
      ['sample-0', 'sample-1', 'sample-2'],
    );
  });
});
