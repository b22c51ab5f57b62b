// expect: none
// The brake, restraint and anemometer checks are started together but handed straight to Promise.all before anything else is awaited, so each has a rejection handler from the moment it exists.
export interface BrakeReading {
  rideId: string;
  padMm: number;
  holdKn: number;
}

export interface RestraintReading {
  rideId: string;
  seatsChecked: number;
  faulty: string[];
}

export interface WindReading {
  gustKph: number;
}

export interface RideTelemetry {
  brakes(rideId: string): Promise<BrakeReading>;
  restraints(rideId: string): Promise<RestraintReading>;
  wind(siteId: string): Promise<WindReading>;
}

export interface OpeningDecision {
  rideId: string;
  open: boolean;
  reasons: string[];
}

export interface RideSpec {
  rideId: string;
  siteId: string;
  minPadMm: number;
  maxGustKph: number;
}

export async function preOpeningCheck(telemetry: RideTelemetry, spec: RideSpec): Promise<OpeningDecision> {
  const brakes = telemetry.brakes(spec.rideId);
  const restraints = telemetry.restraints(spec.rideId);
  const wind = telemetry.wind(spec.siteId);

  const [b, r, w] = await Promise.all([brakes, restraints, wind]);

  const reasons: string[] = [];
  if (b.padMm < spec.minPadMm) reasons.push(`brake pads at ${b.padMm}mm`);
  if (r.faulty.length > 0) reasons.push(`restraints faulty on seats ${r.faulty.join(', ')}`);
  if (w.gustKph > spec.maxGustKph) reasons.push(`gusts ${w.gustKph} kph over limit`);

  return { rideId: spec.rideId, open: reasons.length === 0, reasons };
}

export async function morningRound(telemetry: RideTelemetry, specs: RideSpec[]) {
  const decisions: OpeningDecision[] = [];
  for (const spec of specs) {
    decisions.push(await preOpeningCheck(telemetry, spec));
  }
  return {
    opening: decisions.filter((d) => d.open).map((d) => d.rideId),
    closed: decisions.filter((d) => !d.open),
  };
}
