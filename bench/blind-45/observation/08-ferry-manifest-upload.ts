// expect: no-unobserved-promise
// All manifest part uploads start at once but only the header part is awaited first; if it is refused the function throws and the other parts' promises are left unobserved.
export interface PassengerEntry {
  surname: string;
  givenNames: string;
  nationality: string;
  documentNumber: string;
  cabin?: string;
}

export interface VehicleEntry {
  registration: string;
  category: 'car' | 'van' | 'motorcycle' | 'freight';
  lengthM: number;
}

export interface SailingManifest {
  sailingId: string;
  vessel: string;
  departsAt: string;
  passengers: PassengerEntry[];
  vehicles: VehicleEntry[];
}

interface PartReceipt {
  part: number;
  accepted: boolean;
  rejectionReason?: string;
}

declare const portAuthority: {
  uploadPart(sailingId: string, part: number, payload: string): Promise<PartReceipt>;
  finalise(sailingId: string, parts: number): Promise<{ clearanceCode: string }>;
};

const PASSENGERS_PER_PART = 200;

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function buildParts(manifest: SailingManifest): string[] {
  const header = JSON.stringify({
    sailingId: manifest.sailingId,
    vessel: manifest.vessel,
    departsAt: manifest.departsAt,
    passengerCount: manifest.passengers.length,
    vehicleCount: manifest.vehicles.length,
  });
  const passengerParts = chunk(manifest.passengers, PASSENGERS_PER_PART).map((p) =>
    JSON.stringify({ passengers: p }),
  );
  const vehiclePart = JSON.stringify({ vehicles: manifest.vehicles });
  return [header, ...passengerParts, vehiclePart];
}

export async function submitManifest(manifest: SailingManifest): Promise<string> {
  if (manifest.passengers.length === 0) {
    throw new Error(`Sailing ${manifest.sailingId} has no passengers; nothing to declare`);
  }

  const parts = buildParts(manifest);
  const uploads = parts.map((payload, index) =>
    portAuthority.uploadPart(manifest.sailingId, index, payload),
  );

  // The authority validates the header first; no point waiting on the rest if it is refused.
  const header = await uploads[0];
  if (!header.accepted) {
    throw new Error(`Manifest header for ${manifest.sailingId} refused: ${header.rejectionReason}`);
  }

  const receipts = await Promise.all(uploads.slice(1));
  const refused = receipts.filter((r) => !r.accepted);
  if (refused.length > 0) {
    const detail = refused.map((r) => `part ${r.part}: ${r.rejectionReason}`).join('; ');
    throw new Error(`Manifest ${manifest.sailingId} partially refused (${detail})`);
  }

  const { clearanceCode } = await portAuthority.finalise(manifest.sailingId, parts.length);
  return clearanceCode;
}
