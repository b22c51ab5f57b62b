// expect: no-read-before-settle
// beginAscent assigns this.limits inside a .then() callback and then immediately reads this.limits for the wind check, which still holds the previous tower's limits.
export interface TowerLimits {
  towerId: string;
  maxWindKph: number;
  maxHeightM: number;
  rfExclusionM: number;
}

export interface AscentEntry {
  climberId: string;
  towerId: string;
  startedAt: string;
  windKph: number;
  plannedHeightM: number;
  limitsUsed: TowerLimits;
}

declare const towerRegistry: {
  limits(towerId: string): Promise<TowerLimits>;
};

declare const transmitterControl: {
  requestLowPower(towerId: string, belowM: number): void;
};

declare const climbLog: {
  warn(message: string): void;
  write(entry: AscentEntry): void;
};

const CONSERVATIVE: Omit<TowerLimits, "towerId"> = {
  maxWindKph: 40,
  maxHeightM: 60,
  rfExclusionM: 15,
};

export class AscentDesk {
  private limits: TowerLimits;
  private readonly active = new Map<string, AscentEntry>();

  constructor(initialTower: string) {
    this.limits = { towerId: initialTower, ...CONSERVATIVE };
  }

  beginAscent(climberId: string, towerId: string, windKph: number, plannedHeightM: number): AscentEntry {
    if (this.active.has(climberId)) {
      throw new Error(`climber ${climberId} is already on a tower`);
    }

    towerRegistry
      .limits(towerId)
      .then((limits) => {
        this.limits = limits;
      })
      .catch((err: Error) => climbLog.warn(`limits for ${towerId} unavailable: ${err.message}`));

    const limits = this.limits;
    if (windKph > limits.maxWindKph) {
      throw new Error(`wind ${windKph}kph exceeds ${limits.maxWindKph}kph limit on ${towerId}`);
    }
    if (plannedHeightM > limits.maxHeightM) {
      throw new Error(`planned height ${plannedHeightM}m exceeds rated ${limits.maxHeightM}m`);
    }

    transmitterControl.requestLowPower(towerId, plannedHeightM + limits.rfExclusionM);

    const entry: AscentEntry = {
      climberId,
      towerId,
      startedAt: new Date().toISOString(),
      windKph,
      plannedHeightM,
      limitsUsed: limits,
    };
    this.active.set(climberId, entry);
    climbLog.write(entry);
    return entry;
  }

  endAscent(climberId: string): AscentEntry | undefined {
    const entry = this.active.get(climberId);
    this.active.delete(climberId);
    return entry;
  }

  climbersAloft(towerId: string): string[] {
    return [...this.active.values()].filter((e) => e.towerId === towerId).map((e) => e.climberId);
  }
}
