// expect: no-uncalled-async-function
// The shutdown loop does `await step` on each step function instead of `await step()`, so no line station is actually stopped.
import { performance } from "node:perf_hooks";

export interface StationStatus {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

declare const filler: { stopValves(): Promise<void>; purgeHeads(litres: number): Promise<void> };
declare const capper: { finishInFlight(): Promise<number> };
declare const labeller: { flushQueue(): Promise<void>; parkApplicator(): Promise<void> };
declare const conveyor: { rampDown(seconds: number): Promise<void> };
declare const co2Dosing: { closeSupply(): Promise<void> };
declare const mes: { reportShutdown(line: string, statuses: StationStatus[]): Promise<void> };

type ShutdownStep = readonly [name: string, run: () => Promise<void>];

export class BottlingLine {
  private shuttingDown = false;
  private cappedDuringShutdown = 0;

  constructor(readonly lineId: string, private readonly sparkling: boolean) {}

  private steps(): ShutdownStep[] {
    const steps: ShutdownStep[] = [
      ["filler.valves", () => filler.stopValves()],
      [
        "capper.drain",
        async () => {
          this.cappedDuringShutdown = await capper.finishInFlight();
        },
      ],
      ["labeller.flush", () => labeller.flushQueue()],
      ["labeller.park", () => labeller.parkApplicator()],
      ["conveyor.ramp", () => conveyor.rampDown(12)],
      ["filler.purge", () => filler.purgeHeads(this.sparkling ? 4 : 2)],
    ];
    if (this.sparkling) {
      steps.splice(1, 0, ["co2.close", () => co2Dosing.closeSupply()]);
    }
    return steps;
  }

  async shutdown(): Promise<StationStatus[]> {
    if (this.shuttingDown) {
      throw new Error(`line ${this.lineId} is already shutting down`);
    }
    this.shuttingDown = true;
    const statuses: StationStatus[] = [];

    for (const [name, step] of this.steps()) {
      const started = performance.now();
      try {
        await step;
        statuses.push({ name, ok: true, ms: Math.round(performance.now() - started) });
      } catch (err) {
        statuses.push({
          name,
          ok: false,
          ms: Math.round(performance.now() - started),
          error: err instanceof Error ? err.message : String(err),
        });
        if (name.startsWith("filler") || name.startsWith("co2")) {
          // A valve that did not close is a safety issue; do not keep going.
          break;
        }
      }
    }

    await mes.reportShutdown(this.lineId, statuses);
    this.shuttingDown = false;
    return statuses;
  }

  get bottlesCappedDuringShutdown(): number {
    return this.cappedDuringShutdown;
  }
}
