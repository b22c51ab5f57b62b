// expect: none
// The weighbridge request is started early but wrapped in settle() at once, so it can never reject unobserved even on the early-return path.
export interface VehicleBooking {
  reg: string;
  kind: 'car' | 'van' | 'coach' | 'hgv' | 'motorcycle';
  lengthM: number;
  hazardous: boolean;
}

export interface LanePlan {
  lane: number;
  vehicles: string[];
  usedM: number;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

declare const weighbridge: {
  axleLoads(sailingId: string): Promise<Map<string, number>>;
};
declare const bookings: {
  vehicles(sailingId: string): Promise<VehicleBooking[]>;
};
declare const vessel: {
  lanes(sailingId: string): Promise<Array<{ lane: number; lengthM: number; maxAxleKg: number }>>;
};

export async function planVehicleDeck(sailingId: string): Promise<{ lanes: LanePlan[]; shoreside: string[] }> {
  const loadsRequest = settle(weighbridge.axleLoads(sailingId));

  const vehicles = await bookings.vehicles(sailingId);
  if (vehicles.length === 0) {
    return { lanes: [], shoreside: [] };
  }
  const lanes = await vessel.lanes(sailingId);

  const loads = await loadsRequest;
  const axleKg = loads.ok ? loads.value : new Map<string, number>();

  const plans: LanePlan[] = lanes.map((l) => ({ lane: l.lane, vehicles: [], usedM: 0 }));
  const shoreside: string[] = [];
  const ordered = vehicles
    .slice()
    .sort((a, b) => Number(b.hazardous) - Number(a.hazardous) || b.lengthM - a.lengthM);

  for (const v of ordered) {
    const weight = axleKg.get(v.reg);
    const gapM = v.hazardous ? 3 : 0.5;
    const index = lanes.findIndex(
      (l, i) =>
        plans[i].usedM + v.lengthM + gapM <= l.lengthM &&
        (weight === undefined ? v.kind !== 'hgv' : weight <= l.maxAxleKg),
    );
    if (index === -1) {
      shoreside.push(v.reg);
      continue;
    }
    plans[index].vehicles.push(v.reg);
    plans[index].usedM += v.lengthM + gapM;
  }
  return { lanes: plans, shoreside };
}
