// expect: no-read-before-settle
// begin() assigns this.stretch in the .then callback of loadCableStretch() and reads it on the next line, before the promise has settled, so the first depth reading of every run is uncorrected.
import { EventEmitter } from 'node:events';

export interface CableStretchTable {
  site: string;
  // metres of extra stretch per 100 m of cable paid out, by tension band
  perHundredM: Array<{ maxTensionKn: number; stretchM: number }>;
}

export interface CalibrationStore {
  loadCableStretch(site: string): Promise<CableStretchTable>;
}

export interface DrillRun {
  runNo: number;
  site: string;
  startDepthM: number;
  tensionKn: number;
}

export interface DepthSample {
  runNo: number;
  rawM: number;
  correctedM: number;
}

export class DrillDepthLogger extends EventEmitter {
  private stretch: CableStretchTable | undefined;
  private readonly samples: DepthSample[] = [];

  constructor(private readonly store: CalibrationStore) {
    super();
  }

  begin(run: DrillRun): DepthSample {
    this.stretch = undefined;
    this.store.loadCableStretch(run.site).then(
      (table) => {
        this.stretch = table;
      },
      (err: unknown) => this.emit('warning', `no stretch table for ${run.site}: ${String(err)}`),
    );
    const factor = this.stretch ? this.stretchFactor(this.stretch, run.tensionKn) : 0;
    const first = { runNo: run.runNo, rawM: run.startDepthM, correctedM: run.startDepthM * (1 - factor) };
    this.samples.push(first);
    return first;
  }

  record(run: DrillRun, rawM: number, tensionKn: number): DepthSample {
    const factor = this.stretch ? this.stretchFactor(this.stretch, tensionKn) : 0;
    const sample = { runNo: run.runNo, rawM, correctedM: Math.round(rawM * (1 - factor) * 1000) / 1000 };
    this.samples.push(sample);
    return sample;
  }

  history(runNo: number): DepthSample[] {
    return this.samples.filter((s) => s.runNo === runNo);
  }

  private stretchFactor(table: CableStretchTable, tensionKn: number): number {
    const band = table.perHundredM.find((b) => tensionKn <= b.maxTensionKn) ?? table.perHundredM.at(-1);
    return band ? band.stretchM / 100 : 0;
  }
}
