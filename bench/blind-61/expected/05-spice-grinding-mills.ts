// expect: no-uncalled-async-function
// The 'purge-hopper' shutdown hook is written `() => this.purgeHopper`, returning the async method instead of calling it, so the hopper is never purged on shutdown.
import { EventEmitter } from "node:events";

export interface GrindBatch {
  batchId: string;
  spice: "cumin" | "coriander" | "black-pepper" | "cardamom";
  kilograms: number;
  meshMicrons: number;
}

export interface MillState {
  millId: string;
  rpm: number;
  hopperKg: number;
  bearingTempC: number;
}

type ShutdownHook = () => unknown;

declare const millBus: EventEmitter & {
  command(millId: string, verb: string, args?: Record<string, number | string>): Promise<void>;
  state(millId: string): Promise<MillState>;
};
declare const lifecycle: {
  onShutdown(name: string, hook: ShutdownHook): void;
};
declare const batchLog: {
  append(millId: string, batch: GrindBatch, outcome: string): Promise<void>;
};

const MAX_BEARING_C = 85;
const RPM_FOR_MESH: Array<[maxMicrons: number, rpm: number]> = [
  [150, 9_000],
  [300, 6_500],
  [600, 4_200],
];

export function rpmFor(meshMicrons: number): number {
  for (const [max, rpm] of RPM_FOR_MESH) {
    if (meshMicrons <= max) return rpm;
  }
  return 3_000;
}

export class SpiceMill {
  private current?: GrindBatch;

  constructor(private readonly millId: string) {
    lifecycle.onShutdown(`${millId}:stop-motor`, () => this.stopMotor());
    lifecycle.onShutdown(`${millId}:purge-hopper`, () => this.purgeHopper);
    lifecycle.onShutdown(`${millId}:log-partial`, () => this.logPartialBatch());
  }

  async grind(batch: GrindBatch): Promise<void> {
    if (this.current) throw new Error(`mill ${this.millId} busy with ${this.current.batchId}`);
    const state = await millBus.state(this.millId);
    if (state.bearingTempC > MAX_BEARING_C) {
      throw new Error(`mill ${this.millId} bearings at ${state.bearingTempC} °C, let it cool`);
    }
    this.current = batch;
    try {
      await millBus.command(this.millId, "load", { kg: batch.kilograms });
      await millBus.command(this.millId, "spin", { rpm: rpmFor(batch.meshMicrons) });
      await millBus.command(this.millId, "sieve", { microns: batch.meshMicrons });
      await batchLog.append(this.millId, batch, "complete");
    } finally {
      this.current = undefined;
    }
  }

  private async stopMotor(): Promise<void> {
    await millBus.command(this.millId, "spin", { rpm: 0 });
  }

  private async purgeHopper(): Promise<void> {
    const state = await millBus.state(this.millId);
    if (state.hopperKg > 0) {
      await millBus.command(this.millId, "purge", { kg: state.hopperKg });
    }
  }

  private async logPartialBatch(): Promise<void> {
    if (this.current) {
      await batchLog.append(this.millId, this.current, "interrupted");
    }
  }
}
