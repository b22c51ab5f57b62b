// expect: no-uncalled-async-function
// `!unit.isDefrosting` tests the async method itself instead of its result; the function is always truthy so the excursion branch never runs and no alarm is ever raised.
import { EventEmitter } from 'node:events';

export interface ReeferReading {
  containerId: string;
  supplyTempC: number;
  returnTempC: number;
  setpointC: number;
  sampledAt: number;
}

type ControllerMode = 'cooling' | 'defrost' | 'idle' | 'pretrip';

declare const reeferGateway: {
  readTelemetry(containerId: string): Promise<ReeferReading>;
  readControllerState(containerId: string): Promise<{ mode: ControllerMode; defrostStartedAt?: number }>;
};

const MAX_DEFROST_MS = 45 * 60_000;

export class ReeferUnit {
  constructor(
    readonly containerId: string,
    readonly cargoClass: 'frozen' | 'chilled' | 'pharma',
  ) {}

  async isDefrosting(): Promise<boolean> {
    const state = await reeferGateway.readControllerState(this.containerId);
    if (state.mode !== 'defrost') return false;
    // some controllers keep reporting defrost after a power cycle
    return state.defrostStartedAt !== undefined && Date.now() - state.defrostStartedAt < MAX_DEFROST_MS;
  }

  tolerance(): number {
    switch (this.cargoClass) {
      case 'frozen':
        return 1.5;
      case 'pharma':
        return 0.5;
      default:
        return 0.8;
    }
  }
}

export interface ExcursionEvent {
  containerId: string;
  driftC: number;
  consecutiveSamples: number;
}

export class ExcursionMonitor extends EventEmitter {
  private timer?: NodeJS.Timeout;
  private readonly strikes = new Map<string, number>();

  constructor(
    private readonly units: ReeferUnit[],
    private readonly intervalMs = 60_000,
    private readonly strikesBeforeAlarm = 3,
  ) {
    super();
  }

  start(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((err) => this.emit('error', err));
    }, this.intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    const readings = await Promise.all(this.units.map((u) => reeferGateway.readTelemetry(u.containerId)));

    for (const [i, reading] of readings.entries()) {
      const unit = this.units[i];
      const drift = reading.supplyTempC - reading.setpointC;
      const outOfBand = Math.abs(drift) > unit.tolerance();

      if (outOfBand && !unit.isDefrosting) {
        const count = (this.strikes.get(unit.containerId) ?? 0) + 1;
        this.strikes.set(unit.containerId, count);
        if (count >= this.strikesBeforeAlarm) {
          const event: ExcursionEvent = { containerId: unit.containerId, driftC: drift, consecutiveSamples: count };
          this.emit('excursion', event);
        }
      } else {
        this.strikes.delete(unit.containerId);
      }
    }
  }
}
