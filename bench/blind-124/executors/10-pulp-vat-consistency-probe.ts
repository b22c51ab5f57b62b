// expect: no-multiple-settle
// measureConsistency settles only when the probe prints a CONSISTENCY line or fails to spawn, so a probe that exits without printing one (bad depth, serial timeout) leaves the promise pending forever.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ConsistencyReading {
  vatId: string;
  percentSolids: number;
  freenessCsf: number;
  takenAt: Date;
}

export interface VatTarget {
  vatId: string;
  depthCm: number;
  targetSolids: number;
}

const READING = /^CONSISTENCY\s+([\d.]+)\s+CSF\s+(\d+)$/;

export class PulpVatProbe {
  constructor(
    private readonly probeBinary: string,
    private readonly serialDevice: string,
  ) {}

  measureConsistency(vatId: string, depthCm: number): Promise<ConsistencyReading> {
    return new Promise<ConsistencyReading>((resolve, reject) => {
      const child = spawn(
        this.probeBinary,
        ['--device', this.serialDevice, '--vat', vatId, '--depth', String(depthCm)],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
      child.on('error', reject);
      lines.on('line', (line) => {
        const m = READING.exec(line.trim());
        if (!m) return;
        lines.close();
        resolve({
          vatId,
          percentSolids: Number(m[1]),
          freenessCsf: Number(m[2]),
          takenAt: new Date(),
        });
      });
    });
  }

  static dilutionLitres(reading: ConsistencyReading, target: number, vatVolumeLitres: number): number {
    if (reading.percentSolids <= target) return 0;
    // keep dry fibre mass constant: c1 * V1 = c2 * V2
    const finalVolume = (reading.percentSolids * vatVolumeLitres) / target;
    return Math.round(finalVolume - vatVolumeLitres);
  }

  /** The probe shares one serial bus, so vats are measured one at a time. */
  async survey(targets: VatTarget[], vatVolumeLitres: number): Promise<Map<string, number>> {
    const dilution = new Map<string, number>();
    for (const t of targets) {
      const reading = await this.measureConsistency(t.vatId, t.depthCm);
      dilution.set(t.vatId, PulpVatProbe.dilutionLitres(reading, t.targetSolids, vatVolumeLitres));
    }
    return dilution;
  }
}
