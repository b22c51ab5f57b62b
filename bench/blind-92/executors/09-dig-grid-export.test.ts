// expect: no-multiple-settle
// In runExporter's execFile callback, reject(err) is not followed by return, so on failure resolve(JSON.parse(stdout)) still runs (and may throw inside the callback).
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface ExportSummary {
  site: string;
  squares: number;
  finds: number;
}

const EXPORTER = join(process.cwd(), 'bin', 'grid-export.js');

function runExporter(args: string[]): Promise<ExportSummary> {
  return new Promise<ExportSummary>((resolve, reject) => {
    execFile(process.execPath, [EXPORTER, ...args], { timeout: 10_000 }, (err, stdout) => {
      if (err) reject(err);
      resolve(JSON.parse(stdout) as ExportSummary);
    });
  });
}

describe('grid-export CLI', () => {
  let workdir: string;

  before(async () => {
    workdir = await mkdtemp(join(tmpdir(), 'dig-export-'));
  });

  after(async () => {
    await rm(workdir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await writeFile(
      join(workdir, 'hell-creek.json'),
      JSON.stringify({
        site: 'hell-creek-07',
        squares: [
          { id: 'A1', finds: [{ taxon: 'Triceratops', element: 'frill fragment' }] },
          { id: 'A2', finds: [] },
          { id: 'B1', finds: [{ taxon: 'Edmontosaurus', element: 'caudal vertebra' }, { taxon: '?', element: 'tooth' }] },
        ],
      }),
    );
  });

  it('summarises the squares and finds of a site', async () => {
    const summary = await runExporter(['--input', join(workdir, 'hell-creek.json'), '--format', 'summary']);
    assert.deepEqual(summary, { site: 'hell-creek-07', squares: 3, finds: 3 });
  });

  it('writes a shapefile next to the input', async () => {
    const summary = await runExporter([
      '--input', join(workdir, 'hell-creek.json'),
      '--format', 'shp',
      '--out', join(workdir, 'grid.shp'),
    ]);
    assert.equal(summary.squares, 3);
  });

  it('fails on a missing input file', async () => {
    await assert.rejects(
      runExporter(['--input', join(workdir, 'nope.json')]),
      (err: NodeJS.ErrnoException & { code?: number | string }) => {
        assert.notEqual(err.code, 0);
        return true;
      },
    );
  });
});
