// expect: no-multiple-settle
// The Promise executor is async and awaits readFile before wiring the worker, so a missing or unreadable word list rejects the executor's own discarded promise and generateInWorker never settles, hanging the caller until the test runner times out.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { mkdtemp, writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface GridSpec {
  size: number;
  wordListPath: string;
  seed: number;
}

interface Grid {
  size: number;
  cells: string[];
  across: string[];
  down: string[];
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { size, words, seed } = workerData;
if (words.length < size) throw new Error('word list too small for a ' + size + 'x' + size + ' grid');
const rows = [];
for (let i = 0; i < size; i++) rows.push(words[(seed + i * 7) % words.length]);
const down = [];
for (let c = 0; c < size; c++) down.push(rows.map((r) => r[c]).join(''));
parentPort.postMessage({ size, cells: rows.join('').split(''), across: rows, down });
`;

function generateInWorker(spec: GridSpec): Promise<Grid> {
  return new Promise<Grid>(async (resolve, reject) => {
    const raw = await readFile(spec.wordListPath, 'utf8');
    const words = raw
      .split('\n')
      .map((w) => w.trim().toUpperCase())
      .filter((w) => w.length === spec.size);

    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { size: spec.size, words, seed: spec.seed },
    });
    const onMessage = (grid: Grid) => {
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(grid);
    };
    const onError = (err: Error) => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      reject(err);
    };
    const onExit = (code: number) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      reject(new Error(`grid worker exited with code ${code} before posting a grid`));
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}

describe('generateInWorker', () => {
  let dir: string;
  let wordListPath: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'crossword-'));
    wordListPath = path.join(dir, 'words.txt');
    await writeFile(wordListPath, ['heart', 'ember', 'abuse', 'resin', 'trend', 'cat', 'orbit'].join('\n'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('fills every cell with letters from five-letter words', async () => {
    const grid = await generateInWorker({ size: 5, wordListPath, seed: 3 });
    assert.equal(grid.cells.length, 25);
    assert.equal(grid.across.length, 5);
    for (const word of grid.across) assert.equal(word.length, 5);
    assert.ok(grid.cells.every((c) => /^[A-Z]$/.test(c)));
  });

  it('derives down entries from the across rows', async () => {
    const grid = await generateInWorker({ size: 5, wordListPath, seed: 0 });
    assert.equal(grid.down[0], grid.across.map((r) => r[0]).join(''));
  });

  it('rejects when the list has too few words of the grid size', async () => {
    await assert.rejects(generateInWorker({ size: 3, wordListPath, seed: 1 }), /word list too small/);
  });
});
