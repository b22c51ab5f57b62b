// expect: no-promise-as-value
// submitManifest() is async and not awaited, so the audit entry records a pending Promise as the receipt id.
import { randomUUID } from 'node:crypto';

interface Passenger {
  ticketId: string;
  fullName: string;
  nationality: string;
  vehiclePlate?: string;
}

interface Sailing {
  id: string;
  vessel: string;
  departsAt: Date;
  route: { from: string; to: string };
}

interface ManifestPayload {
  manifestId: string;
  sailingId: string;
  vessel: string;
  departure: string;
  passengers: Array<{ name: string; nationality: string; vehicle: string | null }>;
}

declare const portAuthority: {
  submit(payload: ManifestPayload): Promise<{ receiptId: string; acceptedAt: string }>;
};

declare const auditLog: {
  record(event: string, details: Record<string, unknown>): void;
};

export class ManifestService {
  constructor(private readonly maxPassengers: number) {}

  buildPayload(sailing: Sailing, passengers: Passenger[]): ManifestPayload {
    return {
      manifestId: randomUUID(),
      sailingId: sailing.id,
      vessel: sailing.vessel,
      departure: sailing.departsAt.toISOString(),
      passengers: passengers.map((p) => ({
        name: p.fullName.trim().toUpperCase(),
        nationality: p.nationality,
        vehicle: p.vehiclePlate ?? null,
      })),
    };
  }

  private async submitManifest(payload: ManifestPayload): Promise<string> {
    const response = await portAuthority.submit(payload);
    return response.receiptId;
  }

  async closeBoarding(sailing: Sailing, passengers: Passenger[]): Promise<number> {
    if (passengers.length > this.maxPassengers) {
      throw new Error(`Sailing ${sailing.id} over capacity: ${passengers.length}/${this.maxPassengers}`);
    }

    const payload = this.buildPayload(sailing, passengers);
    const receiptId = this.submitManifest(payload);

    auditLog.record('manifest.submitted', {
      sailingId: sailing.id,
      route: `${sailing.route.from}-${sailing.route.to}`,
      manifestId: payload.manifestId,
      receiptId,
      passengerCount: passengers.length,
    });

    return passengers.length;
  }
}
