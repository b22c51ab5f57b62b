// expect: no-multiple-settle
// bug: the fresh-cache branch resolves but does not return, so the executor still queries the sensor and settles a second time.
export interface ChamberLevel {
  lockId: string;
  metresAboveDatum: number;
  sampledAt: number;
}

type SensorCallback = (err: Error | null, reading?: { raw: number; at: number }) => void;

declare const levelSensors: {
  read(lockId: string, chamber: 'upper' | 'lower' | 'chamber', cb: SensorCallback): void;
};

declare const lockRegistry: {
  datumOffset(lockId: string): number;
};

const MAX_CACHE_AGE_MS = 15_000;
const GAUGE_SCALE = 0.0025;

export class LockLevelReader {
  private readonly cache = new Map<string, ChamberLevel>();

  constructor(private readonly clock: () => number = Date.now) {}

  readChamber(lockId: string): Promise<ChamberLevel> {
    return new Promise<ChamberLevel>((resolve, reject) => {
      const cached = this.cache.get(lockId);
      if (cached && this.clock() - cached.sampledAt < MAX_CACHE_AGE_MS) {
        resolve(cached);
      }

      levelSensors.read(lockId, 'chamber', (err, reading) => {
        if (err || !reading) {
          reject(err ?? new Error(`no reading from chamber gauge at ${lockId}`));
          return;
        }
        const level: ChamberLevel = {
          lockId,
          metresAboveDatum: reading.raw * GAUGE_SCALE + lockRegistry.datumOffset(lockId),
          sampledAt: reading.at,
        };
        this.cache.set(lockId, level);
        resolve(level);
      });
    });
  }

  invalidate(lockId: string): void {
    this.cache.delete(lockId);
  }
}

export interface EqualisationPlan {
  lockId: string;
  direction: 'fill' | 'drain' | 'level';
  deltaMetres: number;
  paddleOpening: number;
}

export async function planEqualisation(
  reader: LockLevelReader,
  lockId: string,
  targetMetres: number,
): Promise<EqualisationPlan> {
  const chamber = await reader.readChamber(lockId);
  const delta = targetMetres - chamber.metresAboveDatum;
  if (Math.abs(delta) < 0.02) {
    return { lockId, direction: 'level', deltaMetres: 0, paddleOpening: 0 };
  }
  const paddleOpening = Math.min(1, Math.abs(delta) / 1.5);
  return {
    lockId,
    direction: delta > 0 ? 'fill' : 'drain',
    deltaMetres: Number(delta.toFixed(3)),
    paddleOpening: Number(paddleOpening.toFixed(2)),
  };
}
