// expect: none
// Function references are passed only where functions are expected (retry factories, a loader table, arrow-field callbacks); every promise-producing call site actually calls them.
export interface Wheel {
  wheelId: string;
  studio: string;
  rpmMax: number;
  reservedBy: string | null;
}

export interface KilnFiring {
  kilnId: string;
  cone: number;
  startsAt: string;
}

export interface StudioSnapshot {
  wheels: Wheel[];
  firings: KilnFiring[];
  glazes: string[];
}

declare const studioApi: {
  wheels(studio: string): Promise<Wheel[]>;
  firings(studio: string): Promise<KilnFiring[]>;
  glazes(studio: string): Promise<string[]>;
  release(wheelId: string): Promise<void>;
};
declare const scheduler: {
  every(ms: number, task: () => Promise<void>): { cancel(): void };
};
declare function sleep(ms: number): Promise<void>;

async function withRetry<T>(attempt: () => Promise<T>, tries = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await sleep(200 * 2 ** i);
    }
  }
  throw lastError;
}

type Loader<K extends keyof StudioSnapshot> = (studio: string) => Promise<StudioSnapshot[K]>;

const loaders: { [K in keyof StudioSnapshot]: Loader<K> } = {
  wheels: (studio) => studioApi.wheels(studio),
  firings: (studio) => studioApi.firings(studio),
  glazes: (studio) => studioApi.glazes(studio),
};

export class StudioBoard {
  private sweep?: { cancel(): void };
  private lastSnapshot?: StudioSnapshot;

  constructor(
    private readonly studio: string,
    private readonly idleMinutes = 45,
  ) {}

  start(): void {
    this.sweep = scheduler.every(60_000, this.releaseIdleWheels);
  }

  stop(): void {
    this.sweep?.cancel();
    this.sweep = undefined;
  }

  private load<K extends keyof StudioSnapshot>(key: K): Promise<StudioSnapshot[K]> {
    const loader = loaders[key];
    return withRetry(() => loader(this.studio));
  }

  async snapshot(): Promise<StudioSnapshot> {
    const [wheels, firings, glazes] = await Promise.all([
      this.load("wheels"),
      this.load("firings"),
      this.load("glazes"),
    ]);
    this.lastSnapshot = { wheels, firings, glazes };
    return this.lastSnapshot;
  }

  private readonly releaseIdleWheels = async (): Promise<void> => {
    const wheels = await this.load("wheels");
    const stale = wheels.filter((w) => w.reservedBy !== null && this.isIdle(w));
    await Promise.all(stale.map((w) => withRetry(() => studioApi.release(w.wheelId))));
  };

  private isIdle(wheel: Wheel): boolean {
    const previous = this.lastSnapshot?.wheels.find((w) => w.wheelId === wheel.wheelId);
    return previous?.reservedBy === wheel.reservedBy && this.idleMinutes > 0;
  }

  async nextFiringAbove(cone: number): Promise<KilnFiring | undefined> {
    const firings = await this.load("firings");
    return firings
      .filter((f) => f.cone >= cone)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  }
}
