// expect: no-multiple-settle
// Bug: the async executor awaits armDepthStop before attaching listeners; if arming rejects, the rejection escapes the executor and the promise never settles.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toBeGreaterThan(n: number): void;
};

interface StopEvent {
  holeId: 'thumb' | 'middle' | 'ring';
  depthMm: number;
  spindleRpm: number;
}

class FakeDrillRig extends EventEmitter {
  armedDepthMm: number | null = null;
  failArming = false;

  async armDepthStop(depthMm: number): Promise<void> {
    await new Promise<void>((r) => setImmediate(r));
    if (this.failArming) throw new Error('depth stop encoder not homed');
    this.armedDepthMm = depthMm;
  }

  plunge(holeId: StopEvent['holeId']): void {
    setImmediate(() => {
      if (this.armedDepthMm === null) {
        this.emit('jam', 'plunged without depth stop');
        return;
      }
      this.emit('stopped', { holeId, depthMm: this.armedDepthMm - 0.05, spindleRpm: 1450 });
    });
  }
}

function drillHole(rig: FakeDrillRig, holeId: StopEvent['holeId'], depthMm: number): Promise<StopEvent> {
  return new Promise<StopEvent>(async (resolve, reject) => {
    await rig.armDepthStop(depthMm);
    const onStopped = (event: StopEvent) => {
      rig.off('jam', onJam);
      resolve(event);
    };
    const onJam = (reason: string) => {
      rig.off('stopped', onStopped);
      reject(new Error(`spindle jam on ${holeId}: ${reason}`));
    };
    rig.once('stopped', onStopped);
    rig.once('jam', onJam);
    rig.plunge(holeId);
  });
}

function spanForHand(spanMm: number, ballWeightLb: number): { thumb: number; finger: number } {
  const pitch = ballWeightLb >= 14 ? 0.25 : 0.4;
  return { thumb: spanMm * 0.62 + pitch, finger: spanMm * 0.31 };
}

describe('bowling ball drill spindle', () => {
  let rig: FakeDrillRig;

  beforeEach(() => {
    rig = new FakeDrillRig();
  });

  it('stops within tolerance of the armed depth', async () => {
    const stop = await drillHole(rig, 'thumb', 63.5);
    expect(stop.holeId).toBe('thumb');
    expect(stop.depthMm).toBeCloseTo(63.45, 2);
  });

  it('drills a full conventional grip in order', async () => {
    const depths = spanForHand(110, 15);
    const thumb = await drillHole(rig, 'thumb', depths.thumb);
    const middle = await drillHole(rig, 'middle', depths.finger);
    const ring = await drillHole(rig, 'ring', depths.finger);
    expect(thumb.depthMm).toBeGreaterThan(middle.depthMm);
    expect(middle.depthMm).toBe(ring.depthMm);
  });

  it('keeps the spindle speed in the urethane range', async () => {
    const stop = await drillHole(rig, 'middle', 52);
    expect(stop.spindleRpm).toBeGreaterThan(1200);
  });

  it('reports a jam when arming failed silently', async () => {
    rig.failArming = true;
    const outcome = await drillHole(rig, 'ring', 50).then(
      () => 'drilled',
      (err: Error) => err.message,
    );
    expect(outcome).toBe('spindle jam on ring: plunged without depth stop');
  });
});
