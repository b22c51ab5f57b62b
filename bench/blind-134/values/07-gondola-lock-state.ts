// expect: none
// The async lock checks are resolved with Promise.all before filtering, and the only predicate used in a truthiness test is the synchronous isStale, so no promise is ever treated as a boolean.
export interface LockTelemetry {
  gondola: number;
  latchClosed: boolean;
  pinEngaged: boolean;
  reportedAt: number;
}

export interface WheelBus {
  poll(gondola: number): Promise<LockTelemetry>;
}

export interface BoardingDisplay {
  show(message: string): Promise<void>;
}

export class WheelLockState {
  private readonly cache = new Map<number, LockTelemetry>();

  constructor(
    private readonly bus: WheelBus,
    private readonly display: BoardingDisplay,
    private readonly maxAgeMs = 2_000,
  ) {}

  private isStale(t: LockTelemetry | undefined, now: number): boolean {
    return !t || now - t.reportedAt > this.maxAgeMs;
  }

  private async isSecured(gondola: number): Promise<boolean> {
    const now = Date.now();
    let t = this.cache.get(gondola);
    if (this.isStale(t, now)) {
      t = await this.bus.poll(gondola);
      this.cache.set(gondola, t);
    }
    return t!.latchClosed && t!.pinEngaged;
  }

  async unsecured(gondolas: readonly number[]): Promise<number[]> {
    const secured = await Promise.all(gondolas.map((g) => this.isSecured(g)));
    return gondolas.filter((_, i) => !secured[i]);
  }

  async announce(platformGondolas: readonly number[]): Promise<boolean> {
    if (platformGondolas.length === 0) return true;
    const open = await this.unsecured(platformGondolas);
    if (open.length > 0) {
      await this.display.show(`Please wait – checking doors on car ${open.join(', ')}`);
      return false;
    }
    // The lead car is the one passengers are stepping into: re-check it right before dispatch.
    this.cache.delete(platformGondolas[0]!);
    const secured = await this.isSecured(platformGondolas[0]!);
    if (secured) {
      await this.display.show('Doors secured – enjoy the ride');
    }
    return secured;
  }

  staleGondolas(now = Date.now()): number[] {
    return [...this.cache.entries()].filter(([, t]) => this.isStale(t, now)).map(([g]) => g);
  }
}
