// expect: none
// The calibration promise is cached and awaited repeatedly on purpose, and the retry loop starts a new probe read on each attempt.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Calibration {
  probeId: string;
  offsetC: number;
  validUntil: number;
}

export interface Excursion {
  shipmentId: string;
  probeId: string;
  tempC: number;
  at: number;
}

declare const probeApi: {
  calibration(probeId: string): Promise<Calibration>;
  rawTemperature(probeId: string): Promise<number>;
};

// mRNA lots must stay between -25 and -15 °C during transit.
const RANGE_C = { min: -25, max: -15 };

export class ColdChainProbe {
  private calibration?: Promise<Calibration>;

  constructor(
    readonly shipmentId: string,
    readonly probeId: string,
  ) {}

  private getCalibration(): Promise<Calibration> {
    if (!this.calibration) {
      this.calibration = probeApi.calibration(this.probeId);
      this.calibration.catch(() => {
        this.calibration = undefined;
      });
    }
    return this.calibration;
  }

  async readCorrected(maxAttempts = 3): Promise<number> {
    const cal = await this.getCalibration();
    if (cal.validUntil < Date.now()) {
      throw new Error(`probe ${this.probeId} calibration expired`);
    }

    let pending = probeApi.rawTemperature(this.probeId);
    for (let attempt = 1; ; attempt++) {
      try {
        const raw = await pending;
        return raw + cal.offsetC;
      } catch (err) {
        if (attempt >= maxAttempts) throw err;
        await sleep(250 * attempt);
        pending = probeApi.rawTemperature(this.probeId);
      }
    }
  }

  async check(): Promise<Excursion | undefined> {
    const tempC = await this.readCorrected();
    if (tempC < RANGE_C.min || tempC > RANGE_C.max) {
      return { shipmentId: this.shipmentId, probeId: this.probeId, tempC, at: Date.now() };
    }
    return undefined;
  }

  async describe(): Promise<string> {
    const cal = await this.getCalibration();
    const expires = new Date(cal.validUntil).toISOString();
    return `${this.probeId} (offset ${cal.offsetC.toFixed(2)} °C, calibrated until ${expires})`;
  }
}

export async function auditShipment(probes: ColdChainProbe[]): Promise<Excursion[]> {
  const results = await Promise.all(probes.map((p) => p.check()));
  return results.filter((r): r is Excursion => r !== undefined);
}
