// expect: no-multiple-settle
// writeFixture waits only for the stream's 'finish' event; if the write stream errors (bad path, disk full) the promise never settles and the hook hangs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface SwitchMatrixSample {
  column: number;
  row: number;
  closedMs: number;
}

interface BenchReport {
  machine: string;
  stuckSwitches: Array<{ column: number; row: number }>;
  flakySwitches: Array<{ column: number; row: number }>;
}

declare function analyseSwitchMatrix(machine: string, capturePath: string): Promise<BenchReport>;

function writeFixture(file: string, samples: SwitchMatrixSample[]): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  return new Promise<void>((resolve) => {
    out.on('finish', resolve);
    out.write('column,row,closedMs\n');
    for (const s of samples) {
      out.write(`${s.column},${s.row},${s.closedMs}\n`);
    }
    out.end();
  });
}

function steadyMatrix(columns: number, rows: number, closedMs: number): SwitchMatrixSample[] {
  const samples: SwitchMatrixSample[] = [];
  for (let column = 1; column <= columns; column++) {
    for (let row = 1; row <= rows; row++) {
      samples.push({ column, row, closedMs });
    }
  }
  return samples;
}

describe('pinball bench switch matrix analysis', () => {
  let workDir: string;
  let healthyCapture: string;
  let stuckCapture: string;

  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'pinball-bench-'));
    healthyCapture = join(workDir, 'healthy.csv');
    stuckCapture = join(workDir, 'stuck.csv');

    await writeFixture(healthyCapture, steadyMatrix(8, 8, 12));

    const stuck = steadyMatrix(8, 8, 12);
    // Column 3 row 5 is the classic worn outhole switch: closed for the whole capture window.
    stuck.push({ column: 3, row: 5, closedMs: 60_000 });
    stuck.push({ column: 6, row: 2, closedMs: 1 }, { column: 6, row: 2, closedMs: 900 });
    await writeFixture(stuckCapture, stuck);
  });

  after(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('reports no faults for a healthy matrix', async () => {
    const report = await analyseSwitchMatrix('Black Knight', healthyCapture);
    assert.equal(report.machine, 'Black Knight');
    assert.deepEqual(report.stuckSwitches, []);
    assert.deepEqual(report.flakySwitches, []);
  });

  it('flags a switch that never opens as stuck', async () => {
    const report = await analyseSwitchMatrix('Black Knight', stuckCapture);
    assert.deepEqual(report.stuckSwitches, [{ column: 3, row: 5 }]);
  });

  it('flags wildly varying closure times as flaky', async () => {
    const report = await analyseSwitchMatrix('Black Knight', stuckCapture);
    assert.ok(report.flakySwitches.some((s) => s.column === 6 && s.row === 2));
  });
});
