// expect: no-uncalled-async-function
// The loop awaits crane.lowerBoom without calling it, so booms are never lowered before the brakes are engaged and the crane is reported parked.
export interface ShipToShoreCrane {
  id: string;
  berth: string;
  hasLoadOnSpreader(): Promise<boolean>;
  trolleyToBackreach(): Promise<void>;
  lowerBoom(): Promise<void>;
  engageStormPins(): Promise<void>;
  engageBrake(): Promise<void>;
}

export interface ShiftLog {
  record(craneId: string, event: string): Promise<void>;
}

export interface ParkResult {
  parked: string[];
  skipped: Array<{ craneId: string; reason: string }>;
}

export class EndOfShiftParking {
  constructor(private readonly log: ShiftLog) {}

  async parkAll(cranes: ShipToShoreCrane[], stormWarning: boolean): Promise<ParkResult> {
    const result: ParkResult = { parked: [], skipped: [] };

    for (const crane of cranes) {
      if (await crane.hasLoadOnSpreader()) {
        result.skipped.push({ craneId: crane.id, reason: 'load still on spreader' });
        await this.log.record(crane.id, 'park-skipped:load-on-spreader');
        continue;
      }

      await crane.trolleyToBackreach();
      await crane.lowerBoom;
      if (stormWarning) {
        await crane.engageStormPins();
      }
      await crane.engageBrake();

      result.parked.push(crane.id);
      await this.log.record(crane.id, stormWarning ? 'parked:storm-pinned' : 'parked');
    }

    return result;
  }

  async parkBerth(cranes: ShipToShoreCrane[], berth: string, stormWarning: boolean): Promise<ParkResult> {
    return this.parkAll(
      cranes.filter((c) => c.berth === berth),
      stormWarning,
    );
  }
}

export function summarise(result: ParkResult): string {
  const skipped = result.skipped.map((s) => `${s.craneId} (${s.reason})`).join(', ');
  return `parked ${result.parked.length}; skipped ${result.skipped.length}${skipped ? `: ${skipped}` : ''}`;
}
