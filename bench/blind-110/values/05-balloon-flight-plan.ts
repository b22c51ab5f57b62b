// expect: no-promise-as-value
// fileFlightPlan() puts this.windsAloft(...), an unawaited promise, into the payload, so JSON.stringify sends "winds": {} to the festival's air-traffic desk.
export interface FestivalEntry {
  pilot: string;
  balloonReg: string;
  envelopeM3: number;
  maxAltitudeFt: number;
  passengers: number;
}

export interface LaunchField {
  name: string;
  lat: number;
  lon: number;
  slot: Date;
}

export interface WindLayer {
  altitudeFt: number;
  directionDeg: number;
  speedKt: number;
}

export interface FieldAllocator {
  fieldFor(balloonReg: string): Promise<LaunchField>;
}

export class FlightPlanDesk {
  constructor(
    private readonly allocator: FieldAllocator,
    private readonly metUrl: string,
    private readonly atcUrl: string,
  ) {}

  async windsAloft(lat: number, lon: number): Promise<WindLayer[]> {
    const res = await fetch(`${this.metUrl}/winds?lat=${lat.toFixed(3)}&lon=${lon.toFixed(3)}`);
    if (!res.ok) throw new Error(`met office feed returned ${res.status}`);
    const layers = (await res.json()) as WindLayer[];
    return layers.filter((l) => l.altitudeFt <= 6000).sort((a, b) => a.altitudeFt - b.altitudeFt);
  }

  async fileFlightPlan(entry: FestivalEntry): Promise<string> {
    if (entry.passengers > Math.floor(entry.envelopeM3 / 600)) {
      throw new Error(`${entry.balloonReg} is over passenger capacity`);
    }
    const field = await this.allocator.fieldFor(entry.balloonReg);
    const payload = {
      pilot: entry.pilot,
      registration: entry.balloonReg,
      launchField: field.name,
      plannedLaunch: field.slot.toISOString(),
      maxAltitudeFt: Math.min(entry.maxAltitudeFt, 5500),
      souls: entry.passengers + 1,
      winds: this.windsAloft(field.lat, field.lon),
    };
    const res = await fetch(`${this.atcUrl}/flight-plans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!res.ok) throw new Error(`ATC desk refused plan for ${entry.balloonReg}: ${res.status}`);
    const { reference } = (await res.json()) as { reference: string };
    return reference;
  }

  async fileMassAscent(entries: FestivalEntry[]): Promise<Map<string, string>> {
    const refs = new Map<string, string>();
    for (const e of entries) refs.set(e.balloonReg, await this.fileFlightPlan(e));
    return refs;
  }
}
