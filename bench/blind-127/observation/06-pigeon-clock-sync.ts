// expect: none
// Every allSettled entry is inspected and rejected ones are collected with their reason and raised as an alert, so no clock failure is silently lost.
export interface RaceClock {
  serial: string;
  loftId: string;
  model: 'benzing' | 'tauris' | 'unikon';
}

export interface ClockSync {
  serial: string;
  driftMs: number;
  syncedAt: Date;
}

interface ClockGateway {
  synchronise(serial: string, reference: Date): Promise<ClockSync>;
}

interface ClubAlerts {
  notify(subject: string, lines: string[]): Promise<void>;
}

export interface SyncRound {
  raceId: string;
  synced: ClockSync[];
  failures: Array<{ serial: string; loftId: string; reason: string }>;
  maxDriftMs: number;
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return String(reason);
}

export class RaceClockSynchroniser {
  constructor(
    private readonly gateway: ClockGateway,
    private readonly alerts: ClubAlerts,
    private readonly toleranceMs = 250,
  ) {}

  async syncBeforeBasketing(raceId: string, clocks: RaceClock[], reference = new Date()): Promise<SyncRound> {
    const results = await Promise.allSettled(
      clocks.map((clock) => this.gateway.synchronise(clock.serial, reference)),
    );

    const synced: ClockSync[] = [];
    const failures: SyncRound['failures'] = [];
    results.forEach((result, i) => {
      const clock = clocks[i]!;
      if (result.status === 'fulfilled') {
        synced.push(result.value);
      } else {
        failures.push({ serial: clock.serial, loftId: clock.loftId, reason: describeReason(result.reason) });
      }
    });

    const drifting = synced.filter((s) => Math.abs(s.driftMs) > this.toleranceMs);
    if (failures.length > 0 || drifting.length > 0) {
      await this.alerts.notify(`Clock sync issues before ${raceId}`, [
        ...failures.map((f) => `${f.serial} (loft ${f.loftId}) failed: ${f.reason}`),
        ...drifting.map((s) => `${s.serial} drifted ${s.driftMs}ms`),
      ]);
    }

    return {
      raceId,
      synced,
      failures,
      maxDriftMs: synced.reduce((max, s) => Math.max(max, Math.abs(s.driftMs)), 0),
    };
  }
}

export function lofts(round: SyncRound, clocks: RaceClock[]): { ready: string[]; blocked: string[] } {
  const failed = new Set(round.failures.map((f) => f.serial));
  const ready = new Set<string>();
  const blocked = new Set<string>();
  for (const clock of clocks) {
    (failed.has(clock.serial) ? blocked : ready).add(clock.loftId);
  }
  return { ready: [...ready].filter((l) => !blocked.has(l)), blocked: [...blocked] };
}
