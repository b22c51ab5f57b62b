// expect: no-promise-as-value
// nextOnDuty is async and is placed in the payload without await, so JSON.stringify serialises the incoming keeper as {} and the coastguard never learns who takes over.
export interface Keeper {
  id: string;
  name: string;
  radioCallsign: string;
}

export interface LightStation {
  code: string;
  name: string;
  coastguardSector: string;
}

export interface RosterService {
  nextOnDuty(stationCode: string, from: Date): Promise<Keeper>;
}

export interface LampService {
  hoursSinceService(stationCode: string): Promise<number>;
  faults(stationCode: string): Promise<string[]>;
}

export class HandoverNotifier {
  constructor(
    private readonly roster: RosterService,
    private readonly lamps: LampService,
    private readonly coastguardUrl: string,
    private readonly token: string,
  ) {}

  async notify(station: LightStation, outgoing: Keeper, shiftEnd: Date, notes: string[] = []): Promise<string> {
    const [lampHours, faults] = await Promise.all([
      this.lamps.hoursSinceService(station.code),
      this.lamps.faults(station.code),
    ]);

    const payload: Record<string, unknown> = {
      station: station.code,
      sector: station.coastguardSector,
      handoverAt: shiftEnd.toISOString(),
      outgoing: { name: outgoing.name, callsign: outgoing.radioCallsign },
      incoming: this.roster.nextOnDuty(station.code, shiftEnd),
      lamp: { hoursSinceService: lampHours, serviceDue: lampHours > 2_000, faults },
      notes,
    };

    const res = await fetch(`${this.coastguardUrl}/handovers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(payload),
    });
    if (!res.ok) {
      throw new Error(`coastguard rejected handover for ${station.name}: ${res.status} ${await res.text()}`);
    }
    const { reference } = (await res.json()) as { reference: string };
    return reference;
  }
}
