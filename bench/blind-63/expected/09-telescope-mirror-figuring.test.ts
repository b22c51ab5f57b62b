// expect: none
// Hooks and mocks receive functions where the runner expects functions; every async helper the tests depend on is called and awaited.
import { describe, it, before, after, mock } from 'node:test';
import assert from 'node:assert/strict';

interface FoucaultZone {
  radiusMm: number;
  knifeEdgeMm: number;
}

interface FigureReport {
  mirrorId: string;
  conicConstant: number;
  peakToValleyWaves: number;
  verdict: 'parabolized' | 'undercorrected' | 'overcorrected';
}

interface MirrorBench {
  measureZones(mirrorId: string): Promise<FoucaultZone[]>;
  apertureMm(mirrorId: string): Promise<number>;
}

declare function analyseFigure(mirrorId: string, bench: MirrorBench, focalLengthMm: number): Promise<FigureReport>;
declare function openBenchLog(path: string): Promise<{ append(line: string): Promise<void>; close(): Promise<void> }>;

// readings taken on a 200mm f/6 blank after the third parabolizing session
const ZONES_200MM: FoucaultZone[] = [
  { radiusMm: 21, knifeEdgeMm: 0.18 },
  { radiusMm: 48, knifeEdgeMm: 0.96 },
  { radiusMm: 70, knifeEdgeMm: 2.04 },
  { radiusMm: 90, knifeEdgeMm: 3.38 },
];

describe('mirror figure analysis', () => {
  let log: Awaited<ReturnType<typeof openBenchLog>>;

  before(async () => {
    log = await openBenchLog('/tmp/mirror-bench.log');
  });

  after(() => log.close());

  it('reports a parabolized 200mm f/6 mirror', async () => {
    const bench: MirrorBench = {
      measureZones: mock.fn(async () => ZONES_200MM),
      apertureMm: mock.fn(async () => 200),
    };
    const report = await analyseFigure('M-200-6', bench, 1200);
    await log.append(JSON.stringify(report));
    assert.equal(report.verdict, 'parabolized');
    assert.ok(report.conicConstant < -0.9 && report.conicConstant > -1.1);
  });

  it('flags an undercorrected mirror whose edge zones fall short', async () => {
    const shallow = ZONES_200MM.map((z) => ({ ...z, knifeEdgeMm: z.knifeEdgeMm * 0.6 }));
    const measureZones = mock.fn(async (_id: string) => shallow);
    const bench: MirrorBench = { measureZones, apertureMm: async () => 200 };
    const report = await analyseFigure('M-200-6b', bench, 1200);
    await log.append(JSON.stringify(report));
    assert.equal(report.verdict, 'undercorrected');
    assert.equal(measureZones.mock.callCount(), 1);
  });

  it('propagates bench failures', async () => {
    const bench: MirrorBench = {
      measureZones: async () => {
        throw new Error('knife edge stage not homed');
      },
      apertureMm: async () => 200,
    };
    await assert.rejects(analyseFigure('M-200-6c', bench, 1200), /not homed/);
  });
});
