// expect: no-multiple-settle
// firingComplete uses an async executor: if firingPrograms.load rejects, the executor's promise rejects unobserved and the returned promise never settles.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface FiringProgram {
  id: string;
  segments: Array<{ rampCPerHour: number; targetC: number; holdMinutes: number }>;
}

interface FiringReport {
  programId: string;
  peakC: number;
  durationMinutes: number;
  crazingRisk: 'low' | 'medium' | 'high';
}

declare const firingPrograms: {
  load(id: string): Promise<FiringProgram>;
  reset(): void;
};

class KilnSimulator extends EventEmitter {
  private timer?: NodeJS.Timeout;

  start(program: FiringProgram): void {
    const peakC = Math.max(...program.segments.map((s) => s.targetC));
    const durationMinutes = program.segments.reduce(
      (sum, s) => sum + s.holdMinutes + (s.targetC / Math.max(s.rampCPerHour, 1)) * 60,
      0,
    );
    this.timer = setTimeout(() => {
      if (peakC > 1300) {
        this.emit('fault', new Error(`element overtemp at ${peakC}C`));
        return;
      }
      const report: FiringReport = {
        programId: program.id,
        peakC,
        durationMinutes: Math.round(durationMinutes),
        crazingRisk: peakC > 1220 ? 'high' : peakC > 1180 ? 'medium' : 'low',
      };
      this.emit('complete', report);
    }, 5);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

function firingComplete(kiln: KilnSimulator, programId: string): Promise<FiringReport> {
  return new Promise<FiringReport>(async (resolve, reject) => {
    const program = await firingPrograms.load(programId);
    kiln.once('complete', resolve);
    kiln.once('fault', reject);
    kiln.start(program);
  });
}

describe('bisque and glaze firing', () => {
  let kiln: KilnSimulator;

  beforeEach(() => {
    firingPrograms.reset();
    kiln = new KilnSimulator();
  });

  afterEach(() => {
    kiln.stop();
    kiln.removeAllListeners();
  });

  it('reports a low crazing risk for a bisque firing', async () => {
    const report = await firingComplete(kiln, 'bisque-04');
    assert.equal(report.programId, 'bisque-04');
    assert.equal(report.crazingRisk, 'low');
  });

  it('flags high crazing risk for porcelain glaze at cone 10', async () => {
    const report = await firingComplete(kiln, 'glaze-cone10');
    assert.ok(report.peakC > 1220);
    assert.equal(report.crazingRisk, 'high');
  });

  it('surfaces element faults as rejections', async () => {
    await assert.rejects(firingComplete(kiln, 'overfire-test'), /overtemp/);
  });

  it('rejects when the program is unknown', async () => {
    await assert.rejects(firingComplete(kiln, 'does-not-exist'));
  });
});
