// expect: no-unchecked-settled-results
// The allSettled results are filtered down to fulfilled entries only, so traps that failed to arm are silently dropped and the range is reported ready.
export interface TrapController {
  arm(trapId: string, preset: TrapPreset): Promise<ArmedTrap>;
  disarmAll(): Promise<void>;
}

export interface TrapPreset {
  angleDeg: number;
  heightM: number;
  speedKmh: number;
}

export interface ArmedTrap {
  trapId: string;
  magazineCount: number;
  preset: TrapPreset;
}

export interface StandLayout {
  stand: number;
  traps: Record<string, TrapPreset>;
}

export interface RangeStatus {
  stand: number;
  armed: ArmedTrap[];
  lowMagazine: string[];
  readyAt: Date;
}

const LOW_MAGAZINE = 30;

export class SportingLayoutArmer {
  constructor(
    private readonly controller: TrapController,
    private readonly announce: (msg: string) => void,
  ) {}

  async armStand(layout: StandLayout): Promise<RangeStatus> {
    const entries = Object.entries(layout.traps);
    const results = await Promise.allSettled(
      entries.map(([trapId, preset]) => this.controller.arm(trapId, preset)),
    );

    const armed = results
      .filter((r): r is PromiseFulfilledResult<ArmedTrap> => r.status === 'fulfilled')
      .map((r) => r.value);

    const lowMagazine = armed.filter((t) => t.magazineCount < LOW_MAGAZINE).map((t) => t.trapId);
    if (lowMagazine.length > 0) {
      this.announce(`stand ${layout.stand}: reload ${lowMagazine.join(', ')}`);
    }

    this.announce(`stand ${layout.stand} ready, ${armed.length} traps armed`);
    return { stand: layout.stand, armed, lowMagazine, readyAt: new Date() };
  }

  async armCourse(layouts: readonly StandLayout[]): Promise<RangeStatus[]> {
    const statuses: RangeStatus[] = [];
    for (const layout of layouts) {
      statuses.push(await this.armStand(layout));
    }
    return statuses;
  }

  async standDown(): Promise<void> {
    await this.controller.disarmAll();
    this.announce('all traps disarmed, range is cold');
  }
}

export function targetsPerRound(status: RangeStatus, pairs: boolean): number {
  return status.armed.length * (pairs ? 2 : 1);
}
