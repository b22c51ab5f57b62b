// expect: no-swallowed-abort
// The per-tap catch turns every error, including the AbortError from a cancelled sweep, into an 'offline' status, so cancelling marks all remaining taps offline and the bogus report is still saved.
export interface TapStatus {
  tapId: string;
  state: 'flowing' | 'dry' | 'offline';
  vacuumKpa?: number;
  checkedAt: string;
}

export interface TapTelemetry {
  probe(tapId: string, opts: { signal: AbortSignal }): Promise<{ vacuumKpa: number; dripsPerMin: number }>;
}

export interface SweepStore {
  saveReport(sugarbush: string, statuses: readonly TapStatus[]): Promise<void>;
}

export interface SweepOptions {
  sugarbush: string;
  tapIds: readonly string[];
  signal: AbortSignal;
}

export class TapHealthSweep {
  constructor(
    private readonly telemetry: TapTelemetry,
    private readonly store: SweepStore,
  ) {}

  private async check(tapId: string, signal: AbortSignal): Promise<TapStatus> {
    const checkedAt = new Date().toISOString();
    try {
      const { vacuumKpa, dripsPerMin } = await this.telemetry.probe(tapId, { signal });
      return { tapId, state: dripsPerMin > 0 ? 'flowing' : 'dry', vacuumKpa, checkedAt };
    } catch {
      return { tapId, state: 'offline', checkedAt };
    }
  }

  async run(opts: SweepOptions): Promise<TapStatus[]> {
    const statuses: TapStatus[] = [];
    for (const tapId of opts.tapIds) {
      statuses.push(await this.check(tapId, opts.signal));
    }
    await this.store.saveReport(opts.sugarbush, statuses);
    return statuses;
  }
}

export function offlineTaps(statuses: readonly TapStatus[]): string[] {
  return statuses.filter((s) => s.state === 'offline').map((s) => s.tapId);
}
