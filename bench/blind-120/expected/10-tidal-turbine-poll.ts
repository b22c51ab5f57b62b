// expect: none
// Each poll iteration calls readTelemetry() again to get a fresh reading, and the fleet snapshot passes the called promises, not the methods, to Promise.all.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Telemetry {
  turbineId: string;
  rotorRpm: number;
  outputKw: number;
  brakeEngaged: boolean;
  tideVelocityMs: number;
}

export interface TurbineApi {
  readTelemetry(turbineId: string): Promise<Telemetry>;
  releaseBrake(turbineId: string): Promise<void>;
  slackWaterAt(): Promise<Date>;
}

const CUT_IN_VELOCITY_MS = 1.0;

export class StartupSequencer {
  constructor(
    private readonly api: TurbineApi,
    private readonly pollMs = 2000,
  ) {}

  async waitForCutIn(turbineId: string, timeoutMs: number): Promise<Telemetry> {
    const deadline = Date.now() + timeoutMs;
    let reading = await this.api.readTelemetry(turbineId);
    while (reading.tideVelocityMs < CUT_IN_VELOCITY_MS) {
      if (Date.now() >= deadline) {
        throw new Error(`${turbineId}: tide still at ${reading.tideVelocityMs.toFixed(2)} m/s after ${timeoutMs}ms`);
      }
      await sleep(this.pollMs);
      reading = await this.api.readTelemetry(turbineId);
    }
    return reading;
  }

  async startTurbine(turbineId: string, timeoutMs = 20 * 60_000): Promise<Telemetry> {
    const ready = await this.waitForCutIn(turbineId, timeoutMs);
    if (ready.brakeEngaged) {
      await this.api.releaseBrake(turbineId);
    }
    return this.waitForRotation(turbineId, 10);
  }

  private async waitForRotation(turbineId: string, attempts: number): Promise<Telemetry> {
    for (let i = 0; i < attempts; i++) {
      const t = await this.api.readTelemetry(turbineId);
      if (t.rotorRpm > 2) return t;
      await sleep(this.pollMs);
    }
    throw new Error(`${turbineId}: rotor did not start after brake release`);
  }

  async fleetSnapshot(turbineIds: string[]): Promise<{ slackWater: Date; turbines: Telemetry[] }> {
    const [slackWater, turbines] = await Promise.all([
      this.api.slackWaterAt(),
      Promise.all(turbineIds.map((id) => this.api.readTelemetry(id))),
    ]);
    return { slackWater, turbines };
  }
}
