// expect: no-promise-as-value
// The label text interpolates this.dating.calibratedAge(sample), which is async, so every printed label reads "[object Promise]" instead of the calibrated age.
import { writeFile } from 'node:fs/promises';

export interface BogSample {
  sampleId: string;
  site: string;
  trench: string;
  depthCm: number;
  material: 'sphagnum' | 'wood' | 'bone' | 'textile';
  rawAgeBp?: number;
}

export interface CalibrationService {
  calibratedAge(sample: BogSample): Promise<string>;
}

export interface LabelPrinterOptions {
  outDir: string;
  widthChars?: number;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);
}

export class SampleLabelPrinter {
  private printed = 0;

  constructor(
    private readonly dating: CalibrationService,
    private readonly options: LabelPrinterOptions,
  ) {}

  labelFor(sample: BogSample): string {
    const width = this.options.widthChars ?? 32;
    const lines = [
      `${sample.site} / ${sample.trench}`,
      `ID ${sample.sampleId}  @ ${sample.depthCm} cm`,
      `${sample.material.toUpperCase()}`,
      sample.rawAgeBp !== undefined ? `Age: ${this.dating.calibratedAge(sample)}` : 'Age: pending',
    ];
    return lines.map((l) => pad(l, width)).join('\n');
  }

  async printBatch(samples: BogSample[]): Promise<string> {
    const sorted = [...samples].sort((a, b) => a.depthCm - b.depthCm);
    const sheet = sorted.map((s) => this.labelFor(s)).join('\n' + '-'.repeat(this.options.widthChars ?? 32) + '\n');
    const path = `${this.options.outDir}/labels-${sorted[0]?.trench ?? 'empty'}-${Date.now()}.txt`;
    await writeFile(path, sheet, 'utf8');
    this.printed += sorted.length;
    return path;
  }

  get labelsPrinted(): number {
    return this.printed;
  }
}
