// expect: no-promise-as-value
// The safety check negates this.doorClosed(cabinId) without awaiting it; a promise is always truthy, so the open-door refusal never triggers and the heater is enabled with the door open.
export interface CabinSensors {
  doorContact(cabinId: string): Promise<'closed' | 'open'>;
  benchOccupancy(cabinId: string): Promise<number>;
  ceilingTemp(cabinId: string): Promise<number>;
}

export interface HeaterRelay {
  enable(cabinId: string, targetC: number): Promise<void>;
  disable(cabinId: string, reason: string): Promise<void>;
}

export interface HeatRequest {
  cabinId: string;
  targetC: number;
  requestedBy: string;
}

export type HeatDecision =
  | { cabinId: string; action: 'enabled'; targetC: number }
  | { cabinId: string; action: 'refused'; reason: string };

const MAX_TARGET_C = 100;
const OVERHEAT_C = 115;

export class SaunaHeaterGuard {
  constructor(
    private readonly sensors: CabinSensors,
    private readonly relay: HeaterRelay,
  ) {}

  private async doorClosed(cabinId: string): Promise<boolean> {
    return (await this.sensors.doorContact(cabinId)) === 'closed';
  }

  async requestHeat(req: HeatRequest): Promise<HeatDecision> {
    const targetC = Math.min(req.targetC, MAX_TARGET_C);

    if (!this.doorClosed(req.cabinId)) {
      return { cabinId: req.cabinId, action: 'refused', reason: 'door is open' };
    }

    const ceiling = await this.sensors.ceilingTemp(req.cabinId);
    if (ceiling >= OVERHEAT_C) {
      await this.relay.disable(req.cabinId, `ceiling at ${ceiling}°C`);
      return { cabinId: req.cabinId, action: 'refused', reason: 'cabin overheated' };
    }

    await this.relay.enable(req.cabinId, targetC);
    return { cabinId: req.cabinId, action: 'enabled', targetC };
  }

  async sweep(cabinIds: readonly string[]): Promise<string[]> {
    const shutDown: string[] = [];
    for (const cabinId of cabinIds) {
      const [occupants, ceiling] = await Promise.all([
        this.sensors.benchOccupancy(cabinId),
        this.sensors.ceilingTemp(cabinId),
      ]);
      if (occupants === 0 && ceiling > 60) {
        await this.relay.disable(cabinId, 'empty cabin, energy saving');
        shutDown.push(cabinId);
      }
    }
    return shutDown;
  }
}
