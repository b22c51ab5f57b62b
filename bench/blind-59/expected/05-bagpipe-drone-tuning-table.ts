// expect: none
// The tuning table promise is a deliberate memo shared by callers (reset on failure), while polling calls readPitch() afresh on every iteration.
import { setTimeout as sleep } from 'node:timers/promises';

export type Drone = 'tenor-left' | 'tenor-right' | 'bass';

export interface TuningTable {
  chanterA: number;
  ratios: Record<Drone, number>;
}

export interface PitchReading {
  drone: Drone;
  hz: number;
  stable: boolean;
}

declare const tableService: { fetch(pipeBand: string): Promise<TuningTable> };
declare const tuner: { readPitch(drone: Drone): Promise<PitchReading> };
declare const display: { show(drone: Drone, centsOff: number): void };

function centsBetween(actual: number, target: number): number {
  return 1200 * Math.log2(actual / target);
}

export class DroneTuner {
  private tablePromise?: Promise<TuningTable>;

  constructor(private readonly pipeBand: string) {}

  private table(): Promise<TuningTable> {
    if (!this.tablePromise) {
      this.tablePromise = tableService.fetch(this.pipeBand).catch((err: unknown) => {
        this.tablePromise = undefined;
        throw err;
      });
    }
    return this.tablePromise;
  }

  async targetHz(drone: Drone): Promise<number> {
    const table = await this.table();
    return table.chanterA * table.ratios[drone];
  }

  async waitUntilInTune(drone: Drone, toleranceCents = 3, timeoutMs = 30_000): Promise<PitchReading> {
    const target = await this.targetHz(drone);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const reading = await tuner.readPitch(drone);
      const off = centsBetween(reading.hz, target);
      display.show(drone, Math.round(off * 10) / 10);
      if (reading.stable && Math.abs(off) <= toleranceCents) {
        return reading;
      }
      await sleep(200);
    }
    throw new Error(`${drone} drone not within ${toleranceCents} cents of ${target.toFixed(2)}Hz`);
  }

  async tuneAll(): Promise<PitchReading[]> {
    // Bass is tuned last: it is set an octave below the tenors, by ear against them.
    const order: Drone[] = ['tenor-left', 'tenor-right', 'bass'];
    const results: PitchReading[] = [];
    for (const drone of order) {
      results.push(await this.waitUntilInTune(drone));
    }
    return results;
  }

  async summary(): Promise<string> {
    const [tenor, bass] = await Promise.all([this.targetHz('tenor-left'), this.targetHz('bass')]);
    return `tenors ${tenor.toFixed(2)}Hz, bass ${bass.toFixed(2)}Hz`;
  }
}
