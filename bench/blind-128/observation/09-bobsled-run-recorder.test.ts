// expect: none
// Every promise in these tests is awaited or handed to assert.rejects, which is itself awaited, so no assertion or recorder call is left floating.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface RunTime {
  sled: string;
  heat: number;
  startMs: number;
  finishMs: number;
}

class RunRecorder {
  constructor(private readonly file: string) {}

  async record(run: RunTime): Promise<number> {
    const total = run.finishMs - run.startMs;
    if (total <= 0) throw new RangeError(`${run.sled} heat ${run.heat}: finish before start`);
    const existing = await this.load();
    if (existing.some((r) => r.sled === run.sled && r.heat === run.heat)) {
      throw new Error(`${run.sled} heat ${run.heat} already recorded`);
    }
    existing.push(run);
    await writeFile(this.file, JSON.stringify(existing), 'utf8');
    return total;
  }

  async load(): Promise<RunTime[]> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as RunTime[];
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }
}

describe('RunRecorder', () => {
  let dir: string;
  let recorder: RunRecorder;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bobsled-'));
    recorder = new RunRecorder(join(dir, 'runs.json'));
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('records a run and returns its total time', async () => {
    const total = await recorder.record({ sled: 'SUI-1', heat: 1, startMs: 1_000, finishMs: 52_340 });
    assert.equal(total, 51_340);
    assert.equal((await recorder.load()).length, 1);
  });

  test('rejects a duplicate heat for the same sled', async () => {
    await assert.rejects(
      recorder.record({ sled: 'SUI-1', heat: 1, startMs: 0, finishMs: 50_000 }),
      /already recorded/,
    );
  });

  test('rejects a finish before the start', async () => {
    await assert.rejects(
      () => recorder.record({ sled: 'GER-2', heat: 1, startMs: 9_000, finishMs: 8_000 }),
      RangeError,
    );
  });

  test('keeps heats for different sleds separate', async () => {
    await recorder.record({ sled: 'GER-2', heat: 1, startMs: 0, finishMs: 51_002 });
    const runs = await recorder.load();
    assert.deepEqual(runs.map((r) => r.sled).sort(), ['GER-2', 'SUI-1']);
  });
});
