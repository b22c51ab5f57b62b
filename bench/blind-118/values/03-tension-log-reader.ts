// expect: none
// The reading captured inside the gauge callback is only read after the wrapping promise has resolved, i.e. after the callback has run.
import { appendFile } from 'node:fs/promises';

export type GaugeCallback = (err: Error | null, newtons?: number) => void;

export interface BenchGauge {
  read(channel: number, callback: GaugeCallback): void;
  zero(channel: number, callback: (err: Error | null) => void): void;
}

export interface StringTensionEntry {
  stringId: string;
  channel: number;
  newtons: number;
  targetNewtons: number;
  deviationPct: number;
}

export class TensionLogReader {
  private lastNewtons: number | undefined;

  constructor(
    private readonly gauge: BenchGauge,
    private readonly logFile: string,
  ) {}

  private readChannel(channel: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.gauge.read(channel, (err, newtons) => {
        if (err) {
          reject(err);
          return;
        }
        if (newtons === undefined || !Number.isFinite(newtons)) {
          reject(new Error(`channel ${channel} returned no reading`));
          return;
        }
        this.lastNewtons = newtons;
        resolve();
      });
    });
  }

  async measure(stringId: string, channel: number, targetNewtons: number): Promise<StringTensionEntry> {
    await this.readChannel(channel);
    const newtons = this.lastNewtons!;
    const entry: StringTensionEntry = {
      stringId,
      channel,
      newtons,
      targetNewtons,
      deviationPct: ((newtons - targetNewtons) / targetNewtons) * 100,
    };
    await appendFile(this.logFile, JSON.stringify(entry) + '\n', 'utf8');
    return entry;
  }

  async measureCourse(
    course: { stringId: string; targetNewtons: number }[],
    channel: number,
  ): Promise<StringTensionEntry[]> {
    const entries: StringTensionEntry[] = [];
    for (const s of course) {
      entries.push(await this.measure(s.stringId, channel, s.targetNewtons));
    }
    return entries;
  }
}
