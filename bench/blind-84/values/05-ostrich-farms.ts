// expect: no-promise-as-value
// `!permits.hasValidExportPermit(bird.id)` negates a promise, which is always truthy, so birds without a valid export permit are never held back from the shipment.
export interface Bird {
  id: string;
  microchip: string;
  sex: "M" | "F";
  ageMonths: number;
  weightKg: number;
  pen: string;
}

export interface Shipment {
  shipmentId: string;
  destination: string;
  departsOn: Date;
  capacity: number;
}

export interface ShipmentManifest {
  shipmentId: string;
  loaded: Bird[];
  heldBack: Array<{ birdId: string; reason: string }>;
}

declare const flock: {
  listReady(minAgeMonths: number): Promise<Bird[]>;
};

declare const permits: {
  hasValidExportPermit(birdId: string): Promise<boolean>;
};

declare const vet: {
  lastHealthCheck(birdId: string): Promise<{ at: Date; passed: boolean } | undefined>;
};

declare const transport: {
  book(shipmentId: string, birdIds: string[]): Promise<void>;
};

const MIN_EXPORT_AGE_MONTHS = 12;
const MAX_WEIGHT_KG = 150;
const HEALTH_CHECK_VALID_DAYS = 30;

export async function buildManifest(shipment: Shipment): Promise<ShipmentManifest> {
  const candidates = await flock.listReady(MIN_EXPORT_AGE_MONTHS);
  const loaded: Bird[] = [];
  const heldBack: ShipmentManifest["heldBack"] = [];

  for (const bird of candidates) {
    if (loaded.length >= shipment.capacity) {
      heldBack.push({ birdId: bird.id, reason: "shipment full" });
      continue;
    }
    if (bird.weightKg > MAX_WEIGHT_KG) {
      heldBack.push({ birdId: bird.id, reason: `too heavy for crate (${bird.weightKg} kg)` });
      continue;
    }
    if (!permits.hasValidExportPermit(bird.id)) {
      heldBack.push({ birdId: bird.id, reason: "no valid export permit" });
      continue;
    }
    const check = await vet.lastHealthCheck(bird.id);
    const ageDays = check ? (shipment.departsOn.getTime() - check.at.getTime()) / 86_400_000 : Infinity;
    if (!check?.passed || ageDays > HEALTH_CHECK_VALID_DAYS) {
      heldBack.push({ birdId: bird.id, reason: "health check missing or expired" });
      continue;
    }
    loaded.push(bird);
  }

  // keep breeding pairs together where we can: females first so males fill the remaining slots
  loaded.sort((a, b) => (a.sex === b.sex ? a.pen.localeCompare(b.pen) : a.sex === "F" ? -1 : 1));
  await transport.book(shipment.shipmentId, loaded.map((b) => b.id));
  return { shipmentId: shipment.shipmentId, loaded, heldBack };
}
