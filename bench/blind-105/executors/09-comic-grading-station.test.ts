// expect: no-multiple-settle
// gradeAndSlab uses an async executor that awaits scanner.capture() before wiring any settle path, so a failed capture rejects only the executor's own promise and the returned promise never settles, hanging the grading run.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Scan {
  comicId: string;
  dpi: number;
  defects: Array<{ kind: 'spine-tick' | 'crease' | 'corner' | 'stain'; weight: number }>;
}

interface Scanner {
  capture(comicId: string): Promise<Scan>;
}

interface SlabReport {
  comicId: string;
  grade: number;
  slabId: string;
}

class Sealer extends EventEmitter {
  seal(comicId: string, grade: number): void {
    setImmediate(() => this.emit('sealed', comicId, `SLB-${comicId}-${grade.toFixed(1)}`));
  }
}

export function computeGrade(scan: Scan): number {
  const penalty = scan.defects.reduce((sum, d) => sum + d.weight, 0);
  return Math.max(0.5, Math.round((10 - penalty) * 2) / 2);
}

export function gradeAndSlab(scanner: Scanner, sealer: Sealer, comicId: string, minDpi = 600): Promise<SlabReport> {
  return new Promise(async (resolve, reject) => {
    const scan = await scanner.capture(comicId);
    if (scan.dpi < minDpi) {
      reject(new Error(`scan of ${comicId} at ${scan.dpi} dpi is below ${minDpi}`));
      return;
    }
    const grade = computeGrade(scan);
    const onSealed = (id: string, slabId: string): void => {
      if (id !== comicId) return;
      sealer.off('sealed', onSealed);
      sealer.off('error', onError);
      resolve({ comicId, grade, slabId });
    };
    const onError = (err: Error): void => {
      sealer.off('sealed', onSealed);
      sealer.off('error', onError);
      reject(err);
    };
    sealer.on('sealed', onSealed);
    sealer.on('error', onError);
    sealer.seal(comicId, grade);
  });
}

describe('gradeAndSlab', () => {
  let sealer: Sealer;
  let scanner: Scanner & { capture: ReturnType<typeof mock.fn<Scanner['capture']>> };

  beforeEach(() => {
    sealer = new Sealer();
    scanner = {
      capture: mock.fn<Scanner['capture']>(async (comicId) => ({
        comicId,
        dpi: 1200,
        defects: [{ kind: 'spine-tick', weight: 0.4 }],
      })),
    };
  });

  afterEach(() => {
    assert.equal(sealer.listenerCount('sealed'), 0);
    assert.equal(sealer.listenerCount('error'), 0);
    sealer.removeAllListeners();
    mock.restoreAll();
  });

  it('grades a clean copy and returns the slab id', async () => {
    const report = await gradeAndSlab(scanner, sealer, 'ASM-300');
    assert.deepEqual(report, { comicId: 'ASM-300', grade: 9.5, slabId: 'SLB-ASM-300-9.5' });
    assert.equal(scanner.capture.mock.callCount(), 1);
  });

  it('refuses low resolution scans before sealing', async () => {
    scanner.capture.mock.mockImplementation(async (comicId) => ({ comicId, dpi: 300, defects: [] }));
    const sealSpy = mock.method(sealer, 'seal');
    await assert.rejects(gradeAndSlab(scanner, sealer, 'TEC-29'), /below 600/);
    assert.equal(sealSpy.mock.callCount(), 0);
  });

  it('surfaces sealer faults', async () => {
    mock.method(sealer, 'seal', () => {
      setImmediate(() => sealer.emit('error', new Error('heat bar offline')));
    });
    await assert.rejects(gradeAndSlab(scanner, sealer, 'DD-158'), /heat bar offline/);
  });
});
