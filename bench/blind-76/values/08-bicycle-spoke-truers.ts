// expect: no-promise-as-value
// The service receipt interpolates this.tensionOf(spoke), an async method, into the template string, so every line prints "[object Promise]" instead of a tension.
export interface Spoke {
  index: number;
  side: 'drive' | 'non-drive';
  gauge: 14 | 15 | 'db-14-15';
  lengthMm: number;
}

export interface WheelJob {
  ticket: string;
  customer: string;
  rim: string;
  hub: string;
  spokes: Spoke[];
  lateralRunoutMm: number;
  dishOffsetMm: number;
  laborMinutes: number;
}

export interface TensionMeter {
  reading(spokeIndex: number): Promise<number>;
}

declare const shopPrinter: {
  print(text: string): Promise<void>;
};

const DEFLECTION_TO_KGF: Record<string, (d: number) => number> = {
  '14': (d) => Math.round(d * 6.2 - 40),
  '15': (d) => Math.round(d * 5.1 - 28),
  'db-14-15': (d) => Math.round(d * 5.6 - 33),
};

const LABOR_CENTS_PER_MIN = 110;

export class ReceiptWriter {
  constructor(private readonly meter: TensionMeter) {}

  private async tensionOf(spoke: Spoke): Promise<number> {
    const deflection = await this.meter.reading(spoke.index);
    return DEFLECTION_TO_KGF[String(spoke.gauge)](deflection);
  }

  async averageTension(spokes: Spoke[]): Promise<number> {
    let sum = 0;
    for (const spoke of spokes) sum += await this.tensionOf(spoke);
    return Math.round(sum / Math.max(spokes.length, 1));
  }

  async write(job: WheelJob): Promise<string> {
    const drive = job.spokes.filter((s) => s.side === 'drive');
    const nonDrive = job.spokes.filter((s) => s.side === 'non-drive');
    const [driveAvg, nonDriveAvg] = [await this.averageTension(drive), await this.averageTension(nonDrive)];

    let receipt = `Wheel truing — ticket ${job.ticket}\n`;
    receipt += `Customer: ${job.customer}\n`;
    receipt += `Rim: ${job.rim} / Hub: ${job.hub}\n`;
    receipt += `Lateral runout: ${job.lateralRunoutMm.toFixed(2)} mm, dish offset ${job.dishOffsetMm.toFixed(1)} mm\n`;
    receipt += `Average tension: drive ${driveAvg} kgf, non-drive ${nonDriveAvg} kgf\n\n`;

    for (const spoke of job.spokes) {
      receipt += `  #${String(spoke.index).padStart(2, '0')} ${spoke.side.padEnd(9)} ${spoke.lengthMm} mm  ${this.tensionOf(spoke)} kgf\n`;
    }

    const laborCents = job.laborMinutes * LABOR_CENTS_PER_MIN;
    receipt += `\nLabor: ${job.laborMinutes} min — $${(laborCents / 100).toFixed(2)}\n`;
    return receipt;
  }

  async printFor(job: WheelJob): Promise<void> {
    const text = await this.write(job);
    await shopPrinter.print(text);
  }
}
