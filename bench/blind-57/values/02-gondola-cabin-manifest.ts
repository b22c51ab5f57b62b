// expect: none
// Correct: every async lookup is awaited before it is interpolated, compared, tested for truthiness or combined with ??, so only plain values reach the manifest.
declare const cabinFleet: {
  isInService(cabinId: string): Promise<boolean>;
  lastInspection(cabinId: string): Promise<string | null>;
  nextTripNumber(lineId: string): Promise<number>;
};

declare const ticketScanner: {
  passengersBoarded(cabinId: string): Promise<number>;
};

declare const opsChannel: {
  post(message: string, payload: Record<string, unknown>): Promise<void>;
};

export interface CabinManifest {
  tripId: string;
  cabinId: string;
  lineId: string;
  passengers: number;
  inspectedOn: string;
  overCapacity: boolean;
}

const CABIN_CAPACITY = 8;
const NEVER_INSPECTED = 'never';

export async function buildManifest(lineId: string, cabinId: string): Promise<CabinManifest | null> {
  if (!(await cabinFleet.isInService(cabinId))) {
    await opsChannel.post(`cabin ${cabinId} is out of service; skipping`, { lineId, cabinId });
    return null;
  }

  const [tripNumber, passengers, inspected] = await Promise.all([
    cabinFleet.nextTripNumber(lineId),
    ticketScanner.passengersBoarded(cabinId),
    cabinFleet.lastInspection(cabinId),
  ]);

  const manifest: CabinManifest = {
    tripId: `${lineId}-${String(tripNumber).padStart(5, '0')}`,
    cabinId,
    lineId,
    passengers,
    inspectedOn: inspected ?? NEVER_INSPECTED,
    overCapacity: passengers > CABIN_CAPACITY,
  };

  if (manifest.overCapacity || manifest.inspectedOn === NEVER_INSPECTED) {
    await opsChannel.post(`hold cabin ${cabinId} at the bottom station`, { ...manifest });
  }
  return manifest;
}

export async function manifestsForLine(lineId: string, cabinIds: string[]): Promise<CabinManifest[]> {
  const manifests: CabinManifest[] = [];
  for (const cabinId of cabinIds) {
    const manifest = await buildManifest(lineId, cabinId);
    if (manifest) manifests.push(manifest);
  }

  const total = manifests.reduce((sum, m) => sum + m.passengers, 0);
  await opsChannel.post(`line ${lineId}: ${manifests.length} cabins, ${total} passengers`, {
    lineId,
    cabins: manifests.map((m) => m.cabinId),
    total,
  });
  return manifests;
}
