// expect: no-promise-as-value
// Bug: vesselNameFor() is async, so the receipt's "Vessel:" line interpolates a Promise ("[object Promise]") instead of the ship name.
import { randomUUID } from 'node:crypto';

type PassengerClass = 'foot' | 'cyclist' | 'car' | 'campervan';

interface BookingRequest {
  routeId: string;
  sailing: Date;
  passengers: { name: string; kind: PassengerClass }[];
  email: string;
}

interface Route {
  id: string;
  from: string;
  to: string;
  vesselId: string;
  fares: Record<PassengerClass, number>;
}

declare const routes: {
  get(routeId: string): Promise<Route | undefined>;
};

declare const fleet: {
  vessel(vesselId: string): Promise<{ name: string; imo: string }>;
};

declare const mailer: {
  send(to: string, subject: string, text: string): Promise<void>;
};

const vesselNames = new Map<string, string>();

async function vesselNameFor(vesselId: string): Promise<string> {
  const cached = vesselNames.get(vesselId);
  if (cached) return cached;
  const { name } = await fleet.vessel(vesselId);
  vesselNames.set(vesselId, name);
  return name;
}

function formatMoney(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}

export async function issueTicket(req: BookingRequest): Promise<{ ref: string; totalPence: number }> {
  const route = await routes.get(req.routeId);
  if (!route) {
    throw new Error(`Unknown route ${req.routeId}`);
  }

  const lines = req.passengers.map((p) => ({
    label: `${p.name} (${p.kind})`,
    pence: route.fares[p.kind],
  }));
  const totalPence = lines.reduce((sum, l) => sum + l.pence, 0);
  const ref = randomUUID().slice(0, 8).toUpperCase();

  const receipt = [
    `Booking ${ref}`,
    `${route.from} → ${route.to}`,
    `Sailing: ${req.sailing.toUTCString()}`,
    `Vessel: ${vesselNameFor(route.vesselId)}`,
    '',
    ...lines.map((l) => `${l.label.padEnd(32)} ${formatMoney(l.pence)}`),
    '',
    `${'Total'.padEnd(32)} ${formatMoney(totalPence)}`,
  ].join('\n');

  await mailer.send(req.email, `Your ferry booking ${ref}`, receipt);
  return { ref, totalPence };
}
