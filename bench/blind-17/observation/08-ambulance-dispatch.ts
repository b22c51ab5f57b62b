// expect: none
// The lookups started early are joined with Promise.all before anything else is awaited, and the stored audit write has its .catch attached immediately.
export interface Incident {
  id: string;
  lat: number;
  lon: number;
  priority: 1 | 2 | 3 | 4;
  needsParamedic: boolean;
}

export interface Unit {
  callSign: string;
  lat: number;
  lon: number;
  paramedic: boolean;
}

export interface DispatchDecision {
  incidentId: string;
  callSign: string;
  etaSec: number;
  destinationHospital: string | null;
}

declare const fleet: {
  availableUnits(region: string, signal: AbortSignal): Promise<Unit[]>;
  assign(callSign: string, incidentId: string): Promise<void>;
};

declare const routing: {
  etaSeconds(from: Array<[number, number]>, to: [number, number], signal: AbortSignal): Promise<number[]>;
};

declare const hospitals: {
  nearestWithCapacity(lat: number, lon: number, signal: AbortSignal): Promise<{ name: string } | null>;
};

declare const auditLog: {
  record(event: string, data: Record<string, unknown>): Promise<void>;
};

const LOOKUP_BUDGET_MS: Record<Incident['priority'], number> = { 1: 2_000, 2: 4_000, 3: 8_000, 4: 15_000 };

export async function dispatch(incident: Incident, region: string): Promise<DispatchDecision> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('dispatch lookup budget exceeded')), LOOKUP_BUDGET_MS[incident.priority]);

  const audit = auditLog
    .record('dispatch.started', { incidentId: incident.id, priority: incident.priority })
    .catch((err) => console.warn('audit write failed', err));

  try {
    const unitsPromise = fleet.availableUnits(region, controller.signal);
    const hospitalPromise =
      incident.priority <= 2 ? hospitals.nearestWithCapacity(incident.lat, incident.lon, controller.signal) : Promise.resolve(null);

    const [units, hospital] = await Promise.all([unitsPromise, hospitalPromise]);

    const candidates = incident.needsParamedic ? units.filter((u) => u.paramedic) : units;
    if (candidates.length === 0) {
      throw new Error(`no ${incident.needsParamedic ? 'paramedic ' : ''}units available in ${region}`);
    }

    const etas = await routing.etaSeconds(
      candidates.map((u) => [u.lat, u.lon]),
      [incident.lat, incident.lon],
      controller.signal,
    );
    let best = 0;
    for (let i = 1; i < etas.length; i++) {
      if (etas[i] < etas[best]) best = i;
    }

    const chosen = candidates[best];
    await fleet.assign(chosen.callSign, incident.id);
    return {
      incidentId: incident.id,
      callSign: chosen.callSign,
      etaSec: etas[best],
      destinationHospital: hospital?.name ?? null,
    };
  } finally {
    clearTimeout(timer);
    await audit;
  }
}
