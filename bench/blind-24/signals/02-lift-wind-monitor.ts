// expect: none
// The deadline race clears its timer in finally and aborts the controller handed to the losing sensor read, so nothing outlives the race.
export class DeadlineExceededError extends Error {
  constructor(readonly ms: number) {
    super(`deadline of ${ms}ms exceeded`);
    this.name = 'DeadlineExceededError';
  }
}

export async function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
  parent?: AbortSignal,
): Promise<T> {
  parent?.throwIfAborted();
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(parent?.reason);
  parent?.addEventListener('abort', onParentAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceededError(ms)), ms);
  });

  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    parent?.removeEventListener('abort', onParentAbort);
  }
}

export interface TowerReading {
  towerId: string;
  gustKmh: number;
  sustainedKmh: number;
  directionDeg: number;
}

export type LiftStatus = 'open' | 'reduced-speed' | 'wind-hold' | 'no-data';

const GUST_HOLD_KMH = 75;
const SUSTAINED_REDUCE_KMH = 50;

export class LiftWindMonitor {
  private lastStatus: LiftStatus = 'no-data';

  constructor(
    private readonly liftId: string,
    private readonly towerUrls: ReadonlyMap<string, string>,
    private readonly perTowerMs = 1500,
  ) {}

  get status(): LiftStatus {
    return this.lastStatus;
  }

  private async readTower(towerId: string, url: string, signal: AbortSignal): Promise<TowerReading> {
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`tower ${towerId} anemometer returned ${res.status}`);
    const body = (await res.json()) as Omit<TowerReading, 'towerId'>;
    return { towerId, ...body };
  }

  async pollOnce(signal?: AbortSignal): Promise<LiftStatus> {
    const results = await Promise.allSettled(
      [...this.towerUrls].map(([towerId, url]) =>
        withDeadline((s) => this.readTower(towerId, url, s), this.perTowerMs, signal),
      ),
    );
    signal?.throwIfAborted();

    const readings = results
      .filter((r): r is PromiseFulfilledResult<TowerReading> => r.status === 'fulfilled')
      .map((r) => r.value);

    if (readings.length === 0) {
      this.lastStatus = 'no-data';
    } else if (readings.some((r) => r.gustKmh >= GUST_HOLD_KMH)) {
      this.lastStatus = 'wind-hold';
    } else if (readings.some((r) => r.sustainedKmh >= SUSTAINED_REDUCE_KMH)) {
      this.lastStatus = 'reduced-speed';
    } else {
      this.lastStatus = 'open';
    }
    console.info(`[${this.liftId}] ${readings.length}/${this.towerUrls.size} towers → ${this.lastStatus}`);
    return this.lastStatus;
  }
}
