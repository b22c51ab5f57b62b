// expect: no-multiple-settle
// The sensor subscription is only cancelled on timeout; on success the callback keeps firing for every sample and calls resolve again and again.
export interface LevelSample {
  lockId: string;
  channel: 'upper' | 'lower' | 'chamber';
  metres: number;
  sampledAt: number;
}

export interface LogEntry {
  lockId: string;
  kind: 'levelled' | 'level-timeout' | 'paddle-fault';
  direction: 'up' | 'down';
  durationMs: number;
  finalMetres?: number;
}

declare const chamberSensors: {
  latest(lockId: string, channel: LevelSample['channel']): Promise<LevelSample>;
  subscribe(
    lockId: string,
    channel: LevelSample['channel'],
    onSample: (sample: LevelSample) => void,
  ): () => void;
};

declare const sluiceControl: {
  open(lockId: string, paddle: 'upper' | 'lower', percent: number): Promise<void>;
  close(lockId: string, paddle: 'upper' | 'lower'): Promise<void>;
};

declare const canalLog: {
  append(entry: LogEntry): Promise<void>;
};

export class LevelTimeoutError extends Error {
  constructor(
    readonly lockId: string,
    readonly targetMetres: number,
    readonly lastSeen: number | undefined,
  ) {
    super(`lock ${lockId} did not reach ${targetMetres.toFixed(2)}m (last ${lastSeen?.toFixed(2) ?? 'n/a'}m)`);
    this.name = 'LevelTimeoutError';
  }
}

export function waitForChamberLevel(
  lockId: string,
  targetMetres: number,
  toleranceMetres: number,
  timeoutMs: number,
): Promise<LevelSample> {
  return new Promise<LevelSample>((resolve, reject) => {
    let lastSeen: number | undefined;
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new LevelTimeoutError(lockId, targetMetres, lastSeen));
    }, timeoutMs);

    const unsubscribe = chamberSensors.subscribe(lockId, 'chamber', (sample) => {
      lastSeen = sample.metres;
      if (Math.abs(sample.metres - targetMetres) <= toleranceMetres) {
        clearTimeout(timer);
        resolve(sample);
      }
    });
  });
}

export class LockKeeper {
  constructor(
    private readonly lockId: string,
    private readonly toleranceMetres = 0.03,
    private readonly levelTimeoutMs = 12 * 60_000,
  ) {}

  async levelChamber(direction: 'up' | 'down'): Promise<LevelSample> {
    const sourceChannel = direction === 'up' ? 'upper' : 'lower';
    const paddle = direction === 'up' ? 'upper' : 'lower';
    const source = await chamberSensors.latest(this.lockId, sourceChannel);
    const started = Date.now();

    await sluiceControl.open(this.lockId, paddle, direction === 'up' ? 40 : 60);
    try {
      const reached = await waitForChamberLevel(
        this.lockId,
        source.metres,
        this.toleranceMetres,
        this.levelTimeoutMs,
      );
      await canalLog.append({
        lockId: this.lockId,
        kind: 'levelled',
        direction,
        durationMs: Date.now() - started,
        finalMetres: reached.metres,
      });
      return reached;
    } catch (err) {
      await canalLog.append({
        lockId: this.lockId,
        kind: err instanceof LevelTimeoutError ? 'level-timeout' : 'paddle-fault',
        direction,
        durationMs: Date.now() - started,
      });
      throw err;
    } finally {
      await sluiceControl.close(this.lockId, paddle);
    }
  }
}
