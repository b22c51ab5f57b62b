// expect: none
// The test helper's executor listens for 'locked', 'error', 'stowed' and a timeout, detaching all of them before settling exactly once.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface LockInfo {
  satellite: string;
  azimuthDeg: number;
  elevationDeg: number;
  snrDb: number;
}

interface PassWindow {
  satellite: string;
  aos: number;
  los: number;
  maxElevationDeg: number;
}

type SlewOutcome = 'lock' | 'fault' | 'stow' | 'silent';

class FakeAntennaController extends EventEmitter {
  readonly slews: Array<{ az: number; el: number }> = [];
  private pending: NodeJS.Timeout | undefined;

  slewTo(satellite: string, az: number, el: number, outcome: SlewOutcome = 'lock'): void {
    this.slews.push({ az, el });
    this.pending = setTimeout(() => {
      switch (outcome) {
        case 'lock':
          this.emit('locked', { satellite, azimuthDeg: az, elevationDeg: el, snrDb: 14.2 });
          break;
        case 'fault':
          this.emit('error', new Error('azimuth motor overcurrent'));
          break;
        case 'stow':
          this.emit('stowed', 'wind limit exceeded');
          break;
        case 'silent':
          break;
      }
    }, 5);
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.removeAllListeners();
  }
}

function waitForLock(antenna: EventEmitter, timeoutMs: number): Promise<LockInfo> {
  return new Promise<LockInfo>((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      antenna.off('locked', onLocked);
      antenna.off('error', onError);
      antenna.off('stowed', onStowed);
    };
    const onLocked = (info: LockInfo): void => {
      cleanup();
      resolve(info);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const onStowed = (reason: string): void => {
      cleanup();
      reject(new Error(`antenna stowed before lock: ${reason}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no lock within ${timeoutMs}ms`));
    }, timeoutMs);

    antenna.on('locked', onLocked);
    antenna.on('error', onError);
    antenna.on('stowed', onStowed);
  });
}

function nextPass(passes: readonly PassWindow[], now: number, elevationMask: number): PassWindow | undefined {
  return passes
    .filter((p) => p.los > now && p.maxElevationDeg >= elevationMask)
    .sort((a, b) => a.aos - b.aos)[0];
}

describe('ground station antenna lock', () => {
  let antenna: FakeAntennaController;

  beforeEach(() => {
    antenna = new FakeAntennaController();
  });

  afterEach(() => {
    antenna.dispose();
  });

  it('resolves with the lock report', async () => {
    const lock = waitForLock(antenna, 200);
    antenna.slewTo('NOAA-19', 212.5, 41.2);
    const info = await lock;
    assert.equal(info.satellite, 'NOAA-19');
    assert.ok(info.snrDb > 10);
    assert.deepEqual(antenna.slews, [{ az: 212.5, el: 41.2 }]);
  });

  it('rejects when the controller faults', async () => {
    const lock = waitForLock(antenna, 200);
    antenna.slewTo('METOP-C', 98, 22, 'fault');
    await assert.rejects(lock, /overcurrent/);
    assert.equal(antenna.listenerCount('error'), 0);
  });

  it('rejects when the antenna is stowed', async () => {
    const lock = waitForLock(antenna, 200);
    antenna.slewTo('METOP-C', 98, 22, 'stow');
    await assert.rejects(lock, /wind limit/);
  });

  it('times out and detaches its listeners', async () => {
    const lock = waitForLock(antenna, 30);
    antenna.slewTo('AQUA', 12, 9, 'silent');
    await assert.rejects(lock, /no lock within 30ms/);
    assert.equal(antenna.listenerCount('locked'), 0);
    assert.equal(antenna.listenerCount('stowed'), 0);
  });

  it('selects the next pass above the elevation mask', () => {
    const passes: PassWindow[] = [
      { satellite: 'AQUA', aos: 1_000, los: 1_600, maxElevationDeg: 8 },
      { satellite: 'NOAA-19', aos: 2_000, los: 2_700, maxElevationDeg: 41 },
      { satellite: 'METOP-C', aos: 1_500, los: 2_100, maxElevationDeg: 22 },
    ];
    assert.equal(nextPass(passes, 1_200, 10)?.satellite, 'METOP-C');
  });
});
