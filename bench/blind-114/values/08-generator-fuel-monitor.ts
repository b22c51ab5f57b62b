// expect: none
// The 'status' event is awaited through once() before its payload is read, so the fuel report always uses the generator's fresh reply.
import { EventEmitter, once } from 'node:events';

export interface GeneratorStatus {
  unit: string;
  fuelLitres: number;
  loadKw: number;
  runHours: number;
  coolantC: number;
}

export interface StationBus extends EventEmitter {
  requestStatus(unit: string): void;
}

export interface FuelReport {
  unit: string;
  litres: number;
  hoursRemaining: number;
  resupplyNeeded: boolean;
  serviceDue: boolean;
}

const LITRES_PER_KWH = 0.27;

export class GeneratorMonitor {
  private lastStatus = new Map<string, GeneratorStatus>();

  constructor(
    private readonly bus: StationBus,
    private readonly resupplyThresholdHours = 24 * 21,
    private readonly serviceIntervalHours = 500,
  ) {}

  async fuelReport(unit: string, timeoutMs = 5000): Promise<FuelReport> {
    const reply = once(this.bus, `status:${unit}`, { signal: AbortSignal.timeout(timeoutMs) });
    this.bus.requestStatus(unit);
    const [status] = (await reply) as [GeneratorStatus];

    this.lastStatus.set(unit, status);
    const burnPerHour = Math.max(status.loadKw, 1) * LITRES_PER_KWH;
    const hoursRemaining = status.fuelLitres / burnPerHour;

    return {
      unit,
      litres: status.fuelLitres,
      hoursRemaining: Math.round(hoursRemaining),
      resupplyNeeded: hoursRemaining < this.resupplyThresholdHours,
      serviceDue: status.runHours % this.serviceIntervalHours > this.serviceIntervalHours - 24,
    };
  }

  async winterPlan(units: string[]): Promise<string[]> {
    const lines: string[] = [];
    for (const unit of units) {
      const r = await this.fuelReport(unit);
      const flags = [r.resupplyNeeded ? 'RESUPPLY' : '', r.serviceDue ? 'SERVICE' : ''].filter(Boolean).join(' ');
      lines.push(`${unit}: ${r.litres} L, ~${r.hoursRemaining} h ${flags}`.trimEnd());
    }
    return lines;
  }

  cached(unit: string): GeneratorStatus | undefined {
    return this.lastStatus.get(unit);
  }
}
