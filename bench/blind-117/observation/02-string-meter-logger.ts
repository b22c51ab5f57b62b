// expect: none
// The reading listener hands persist()'s promise to .catch, which routes failures to a handler, so nothing started inside the event callback is left unobserved.
import { EventEmitter } from 'node:events';
import { appendFile } from 'node:fs/promises';

export interface StringReading {
  combinerBox: string;
  stringNo: number;
  currentA: number;
  voltageV: number;
  panelTempC: number;
  at: number;
}

export interface TimeseriesClient {
  write(measurement: string, tags: Record<string, string>, fields: Record<string, number>, at: number): Promise<void>;
}

export class StringMeterLogger {
  private written = 0;
  private failed = 0;
  private readonly underperforming = new Set<string>();

  constructor(
    private readonly tsdb: TimeseriesClient,
    private readonly spoolFile: string,
    private readonly expectedCurrentA = 9.8,
  ) {}

  attach(meter: EventEmitter): () => void {
    const onReading = (reading: StringReading) => {
      this.persist(reading).catch((err: unknown) => this.onPersistError(reading, err));
    };
    meter.on('reading', onReading);
    return () => meter.off('reading', onReading);
  }

  private async persist(reading: StringReading): Promise<void> {
    const key = `${reading.combinerBox}/${reading.stringNo}`;
    if (reading.currentA < this.expectedCurrentA * 0.7) {
      this.underperforming.add(key);
    } else {
      this.underperforming.delete(key);
    }

    await this.tsdb.write(
      'string_dc',
      { combiner: reading.combinerBox, string: String(reading.stringNo) },
      { current_a: reading.currentA, voltage_v: reading.voltageV, panel_temp_c: reading.panelTempC },
      reading.at,
    );
    this.written++;
  }

  private onPersistError(reading: StringReading, err: unknown): void {
    this.failed++;
    const line = JSON.stringify({ reading, error: err instanceof Error ? err.message : String(err) });
    appendFile(this.spoolFile, line + '\n').catch(() => {
      this.failed++;
    });
  }

  report(): { written: number; failed: number; underperforming: string[] } {
    return {
      written: this.written,
      failed: this.failed,
      underperforming: [...this.underperforming].sort(),
    };
  }
}

export function powerKw(reading: StringReading): number {
  return (reading.currentA * reading.voltageV) / 1000;
}
