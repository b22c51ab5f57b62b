// expect: no-promise-as-value
// The lane filter's predicate returns the isDownrangeClear promise, which is always truthy, so every lane is treated as clear and lit green.
export interface Lane {
  laneId: string;
  distanceM: number;
  targetFace: '122cm' | '80cm' | '40cm-triple';
  occupiedBy?: string;
}

export type LightState = 'red' | 'amber' | 'green';

export interface EndPlan {
  end: number;
  green: string[];
  red: string[];
  callTimeSeconds: number;
}

declare const rangeSafety: {
  isDownrangeClear(laneId: string): Promise<boolean>;
};
declare const lightController: {
  set(laneId: string, state: LightState): Promise<void>;
  siren(blasts: 1 | 2 | 3): Promise<void>;
};

export function shootingTime(lanes: Lane[]): number {
  const longest = Math.max(0, ...lanes.map((l) => l.distanceM));
  return longest >= 70 ? 240 : 120;
}

export class RangeLights {
  private end = 0;

  constructor(private readonly lanes: Lane[]) {}

  occupied(): Lane[] {
    return this.lanes.filter((l) => l.occupiedBy !== undefined);
  }

  async startEnd(): Promise<EndPlan> {
    this.end += 1;
    const occupied = this.occupied();
    const clear = occupied.filter((lane) => rangeSafety.isDownrangeClear(lane.laneId));
    const blocked = occupied.filter((lane) => !clear.includes(lane));

    for (const lane of blocked) {
      await lightController.set(lane.laneId, 'red');
    }
    if (clear.length === 0) {
      return { end: this.end, green: [], red: blocked.map((l) => l.laneId), callTimeSeconds: 0 };
    }

    await lightController.siren(2);
    for (const lane of clear) {
      await lightController.set(lane.laneId, 'green');
    }
    return {
      end: this.end,
      green: clear.map((l) => l.laneId),
      red: blocked.map((l) => l.laneId),
      callTimeSeconds: shootingTime(clear),
    };
  }

  async warnEnd(plan: EndPlan): Promise<void> {
    for (const laneId of plan.green) {
      await lightController.set(laneId, 'amber');
    }
  }

  async ceaseFire(): Promise<void> {
    await lightController.siren(3);
    for (const lane of this.lanes) {
      await lightController.set(lane.laneId, 'red');
    }
  }

  async collectArrows(): Promise<void> {
    await lightController.siren(3);
    for (const lane of this.occupied()) {
      await lightController.set(lane.laneId, 'red');
    }
  }
}
