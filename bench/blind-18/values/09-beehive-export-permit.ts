// expect: no-promise-as-value
// The permit request body includes healthCertificateFor(), an async call, so JSON.stringify sends `{}` in place of the certificate.
import { createHash } from 'node:crypto';

export interface Apiary {
  id: string;
  keeperLicence: string;
  region: string;
  colonies: number;
}

export interface HealthCertificate {
  number: string;
  inspector: string;
  issuedOn: string;
  varroaPerHundred: number;
}

export interface ExportShipment {
  apiary: Apiary;
  destinationCountry: string;
  packageCount: number;
  queensIncluded: boolean;
  departure: Date;
}

declare const inspections: {
  latest(apiaryId: string): Promise<HealthCertificate | undefined>;
};

const PERMIT_ENDPOINT = 'https://biosecurity.example.gov/api/live-bee-export/permits';
const MAX_VARROA = 3;

export class BeeExportPermitClient {
  constructor(
    private readonly apiKey: string,
    private readonly timeoutMs = 15_000,
  ) {}

  async healthCertificateFor(apiary: Apiary): Promise<HealthCertificate> {
    const cert = await inspections.latest(apiary.id);
    if (!cert) throw new Error(`no health inspection on file for apiary ${apiary.id}`);
    const ageDays = (Date.now() - Date.parse(cert.issuedOn)) / 86_400_000;
    if (ageDays > 30) throw new Error(`inspection ${cert.number} is older than 30 days`);
    if (cert.varroaPerHundred > MAX_VARROA) {
      throw new Error(`varroa load ${cert.varroaPerHundred}/100 exceeds export limit`);
    }
    return cert;
  }

  private idempotencyKey(shipment: ExportShipment): string {
    return createHash('sha256')
      .update(`${shipment.apiary.id}|${shipment.destinationCountry}|${shipment.departure.toISOString()}`)
      .digest('hex')
      .slice(0, 32);
  }

  async apply(shipment: ExportShipment): Promise<{ permitId: string; status: string }> {
    const { apiary } = shipment;
    if (shipment.packageCount > apiary.colonies) {
      throw new Error(`cannot export ${shipment.packageCount} packages from ${apiary.colonies} colonies`);
    }

    const body = JSON.stringify({
      keeperLicence: apiary.keeperLicence,
      originRegion: apiary.region,
      destination: shipment.destinationCountry,
      packages: shipment.packageCount,
      queens: shipment.queensIncluded,
      departure: shipment.departure.toISOString().slice(0, 10),
      healthCertificate: this.healthCertificateFor(apiary),
    });

    const res = await fetch(PERMIT_ENDPOINT, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.apiKey}`,
        'idempotency-key': this.idempotencyKey(shipment),
      },
    });
    if (!res.ok) {
      throw new Error(`permit application rejected (${res.status}): ${await res.text()}`);
    }
    return (await res.json()) as { permitId: string; status: string };
  }
}
