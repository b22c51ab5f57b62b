// expect: no-multiple-settle
// The fixture writer waits only for 'finish'; if the write stream errors, the promise never settles and the hook hangs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface LoomPattern {
  name: string;
  warpCount: number;
  rows: string[];
  palette: Record<string, string>;
}

declare function parsePatternFile(path: string): Promise<LoomPattern>;
declare function knotDensity(pattern: LoomPattern): number;
declare function colorUsage(pattern: LoomPattern): Map<string, number>;

function writePatternFixture(path: string, header: string, rows: string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const width = rows[0]?.length ?? 0;
    const ragged = rows.findIndex((row) => row.length !== width);
    if (ragged !== -1) {
      reject(new Error(`fixture row ${ragged} has ${rows[ragged].length} knots, expected ${width}`));
      return;
    }

    const stream = createWriteStream(path, { encoding: 'utf8' });
    stream.once('finish', () => resolve());
    stream.write(`${header}\n`);
    for (const row of rows) {
      stream.write(`${row}\n`);
    }
    stream.end();
  });
}

describe('loom pattern parser', () => {
  let workDir: string;
  let medallionPath: string;
  let borderPath: string;

  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'loom-'));
    medallionPath = join(workDir, 'medallion.pat');
    borderPath = join(workDir, 'border.pat');

    await writePatternFixture(medallionPath, 'name=medallion warp=8 palette=R:#8b1e1e,N:#1d2a4d,I:#f1e6cf', [
      'NNNRRNNN',
      'NNRIIRNN',
      'NRIIIIRN',
      'NNRIIRNN',
      'NNNRRNNN',
    ]);
    await writePatternFixture(borderPath, 'name=border warp=6 palette=G:#2f5d3a,I:#f1e6cf', [
      'GIGIGI',
      'IGIGIG',
    ]);
  });

  after(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('reads the header fields', async () => {
    const pattern = await parsePatternFile(medallionPath);
    assert.equal(pattern.name, 'medallion');
    assert.equal(pattern.warpCount, 8);
    assert.deepEqual(Object.keys(pattern.palette).sort(), ['I', 'N', 'R']);
  });

  it('keeps every row in weaving order', async () => {
    const pattern = await parsePatternFile(medallionPath);
    assert.equal(pattern.rows.length, 5);
    assert.equal(pattern.rows[2], 'NRIIIIRN');
  });

  it('computes knot density per row', async () => {
    const pattern = await parsePatternFile(borderPath);
    assert.equal(knotDensity(pattern), 6);
  });

  it('counts color usage across the field', async () => {
    const pattern = await parsePatternFile(medallionPath);
    const usage = colorUsage(pattern);
    assert.equal(usage.get('R'), 10);
    assert.equal(usage.get('I'), 8);
    assert.equal(usage.get('N'), 22);
  });

  it('rejects a file whose warp does not match its rows', async () => {
    const broken = join(workDir, 'broken.pat');
    await writePatternFixture(broken, 'name=broken warp=9 palette=R:#8b1e1e', ['RRRR', 'RRRR']);
    await assert.rejects(parsePatternFile(broken), /warp/);
  });
});
