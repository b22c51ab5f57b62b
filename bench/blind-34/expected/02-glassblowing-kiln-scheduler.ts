// expect: none
// Function references are passed only where functions are expected (map callback, interval handler, retry factory); every promise is called and awaited.
export interface KilnState {
  kilnId: string;
  temperatureC: number;
  program: "anneal" | "fuse" | "slump" | "idle";
  minutesRemaining: number;
}

declare const kilnController: {
  read(kilnId: string): Promise<KilnState>;
  setProgram(kilnId: string, program: KilnState["program"]): Promise<void>;
};

declare const studioDisplay: {
  render(states: KilnState[]): void;
};

async function loadKiln(kilnId: string): Promise<KilnState> {
  const state = await kilnController.read(kilnId);
  return { ...state, temperatureC: Math.round(state.temperatureC) };
}

async function withRetry<T>(attempt: () => Promise<T>, tries = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 200 * (i + 1)));
    }
  }
  throw lastError;
}

export class KilnScheduler {
  private timer: NodeJS.Timeout | undefined;
  private latest: KilnState[] = [];

  constructor(private readonly kilnIds: string[]) {
    this.poll = this.poll.bind(this);
  }

  async refresh(): Promise<KilnState[]> {
    this.latest = await Promise.all(this.kilnIds.map(loadKiln));
    studioDisplay.render(this.latest);
    return this.latest;
  }

  private poll(): void {
    this.refresh().catch((err) => {
      console.error("kiln poll failed", err);
    });
  }

  start(intervalMs = 30_000): void {
    if (this.timer) return;
    this.timer = setInterval(this.poll, intervalMs);
    this.poll();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async beginAnneal(kilnId: string): Promise<void> {
    const state = await withRetry(() => loadKiln(kilnId));
    if (state.program !== "idle") {
      throw new Error(`kiln ${kilnId} busy with ${state.program}`);
    }
    if (state.temperatureC < 480) {
      throw new Error(`kiln ${kilnId} too cold to anneal (${state.temperatureC}°C)`);
    }
    await withRetry(() => kilnController.setProgram(kilnId, "anneal"));
  }

  hottest(): KilnState | undefined {
    return [...this.latest].sort((a, b) => b.temperatureC - a.temperatureC)[0];
  }
}
