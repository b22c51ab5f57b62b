// expect: no-unobserved-promise
// seatMapRequest is started first but only awaited after the sailing and passenger awaits (or never, on the cancelled path), so its rejection can go unhandled.
export interface Sailing {
  id: string;
  route: string;
  vessel: string;
  departsAt: string;
  status: 'scheduled' | 'boarding' | 'departed' | 'cancelled';
  vehicleDeckMetres: number;
}

export interface Passenger {
  ticketId: string;
  name: string;
  vehicleReg: string | null;
  vehicleLengthMetres: number;
  needsAssistance: boolean;
}

export interface SeatMap {
  lounges: Record<string, string[]>;
}

export interface Manifest {
  sailingId: string;
  vessel: string;
  departsAt: string;
  passengerCount: number;
  assistance: string[];
  vehicleDeckUsedMetres: number;
  overbookedDeck: boolean;
  seatedInLounge: Record<string, number>;
}

export class SailingCancelledError extends Error {
  constructor(readonly sailingId: string) {
    super(`sailing ${sailingId} is cancelled; no manifest issued`);
    this.name = 'SailingCancelledError';
  }
}

declare const timetable: {
  sailing(id: string): Promise<Sailing>;
};

declare const reservations: {
  passengers(sailingId: string): Promise<Passenger[]>;
  seatMap(sailingId: string): Promise<SeatMap>;
};

const LANE_GAP_METRES = 0.5;

function deckUsage(passengers: Passenger[]): number {
  return passengers
    .filter((p) => p.vehicleReg !== null)
    .reduce((total, p) => total + p.vehicleLengthMetres + LANE_GAP_METRES, 0);
}

export async function buildManifest(sailingId: string): Promise<Manifest> {
  const seatMapRequest = reservations.seatMap(sailingId);
  const sailing = await timetable.sailing(sailingId);
  if (sailing.status === 'cancelled') {
    throw new SailingCancelledError(sailingId);
  }

  const passengers = await reservations.passengers(sailingId);
  const used = deckUsage(passengers);
  const seatMap = await seatMapRequest;

  const seatedInLounge: Record<string, number> = {};
  for (const [lounge, tickets] of Object.entries(seatMap.lounges)) {
    seatedInLounge[lounge] = tickets.length;
  }

  return {
    sailingId,
    vessel: sailing.vessel,
    departsAt: sailing.departsAt,
    passengerCount: passengers.length,
    assistance: passengers.filter((p) => p.needsAssistance).map((p) => `${p.name} (${p.ticketId})`),
    vehicleDeckUsedMetres: Math.round(used * 10) / 10,
    overbookedDeck: used > sailing.vehicleDeckMetres,
    seatedInLounge,
  };
}

export function manifestText(m: Manifest): string {
  const lines = [
    `MANIFEST ${m.sailingId}  ${m.vessel}  dep ${m.departsAt}`,
    `Passengers: ${m.passengerCount}`,
    `Vehicle deck: ${m.vehicleDeckUsedMetres} m${m.overbookedDeck ? '  ** OVERBOOKED **' : ''}`,
  ];
  for (const [lounge, n] of Object.entries(m.seatedInLounge)) lines.push(`  ${lounge}: ${n}`);
  if (m.assistance.length) lines.push('Assistance required:', ...m.assistance.map((a) => `  - ${a}`));
  return lines.join('\n');
}
