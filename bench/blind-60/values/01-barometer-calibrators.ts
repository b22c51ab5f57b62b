// expect: no-promise-as-value
// issueCertificate interpolates this.historicalDrift(serial), an async method, into the certificate remarks, which therefore read "[object Promise]".
export interface CalibrationPoint {
  referenceHPa: number;
  unitHPa: number;
  tempC: number;
}

export interface Certificate {
  certNo: string;
  serial: string;
  issuedAt: string;
  offsetHPa: number;
  maxErrorHPa: number;
  pass: boolean;
  remarks: string;
}

declare const history: {
  certificates(serial: string): Promise<Array<{ issuedAt: string; offsetHPa: number }>>;
};
declare const registry: {
  nextCertNo(): Promise<string>;
  file(cert: Certificate): Promise<void>;
};

const TOLERANCE_HPA = 0.5;

export class CalibrationLab {
  constructor(private readonly labCode: string) {}

  private async historicalDrift(serial: string): Promise<string> {
    const past = await history.certificates(serial);
    if (past.length < 2) return 'n/a';
    const first = past[0];
    const last = past[past.length - 1];
    const years = (Date.parse(last.issuedAt) - Date.parse(first.issuedAt)) / (365.25 * 86_400_000);
    if (years <= 0) return 'n/a';
    return ((last.offsetHPa - first.offsetHPa) / years).toFixed(2);
  }

  private fit(points: CalibrationPoint[]): { offset: number; maxError: number } {
    const offsets = points.map((p) => p.referenceHPa - p.unitHPa);
    const offset = offsets.reduce((s, o) => s + o, 0) / offsets.length;
    const maxError = Math.max(...offsets.map((o) => Math.abs(o - offset)));
    return { offset, maxError };
  }

  async issueCertificate(serial: string, points: CalibrationPoint[]): Promise<Certificate> {
    if (points.length < 3) throw new Error(`need at least 3 points to certify ${serial}`);
    const temps = points.map((p) => p.tempC);
    if (Math.max(...temps) - Math.min(...temps) > 2) {
      throw new Error(`temperature drifted more than 2C during calibration of ${serial}`);
    }

    const { offset, maxError } = this.fit(points);
    const certNo = await registry.nextCertNo();
    const pass = maxError <= TOLERANCE_HPA;

    const cert: Certificate = {
      certNo: `${this.labCode}-${certNo}`,
      serial,
      issuedAt: new Date().toISOString(),
      offsetHPa: Math.round(offset * 100) / 100,
      maxErrorHPa: Math.round(maxError * 100) / 100,
      pass,
      remarks:
        `${pass ? 'Within' : 'Outside'} ±${TOLERANCE_HPA} hPa tolerance at ${points.length} points; ` +
        `historical drift ${this.historicalDrift(serial)} hPa/yr.`,
    };
    await registry.file(cert);
    return cert;
  }
}
