// expect: none
// The three lookups are started together and handed straight to Promise.all, so every rejection is observed and the briefing waits for all of them.
export interface GroomerUnit {
  id: string;
  model: string;
  hoursOnTracks: number;
}

export interface FuelLevel {
  unitId: string;
  litres: number;
}

export interface PisteCondition {
  piste: string;
  snowDepthCm: number;
  needsWinch: boolean;
}

export interface FleetApi {
  listUnits(resort: string): Promise<GroomerUnit[]>;
  fuelLevels(resort: string): Promise<FuelLevel[]>;
  pisteConditions(resort: string, night: string): Promise<PisteCondition[]>;
}

export interface ShiftBriefing {
  resort: string;
  night: string;
  assignments: Array<{ unitId: string; piste: string; refuelFirst: boolean }>;
  unassignedPistes: string[];
}

const MIN_FUEL_LITRES = 120;

export class ShiftPlanner {
  constructor(private readonly api: FleetApi) {}

  async brief(resort: string, night: string): Promise<ShiftBriefing> {
    const unitsP = this.api.listUnits(resort);
    const fuelP = this.api.fuelLevels(resort);
    const conditionsP = this.api.pisteConditions(resort, night);

    const [units, fuel, conditions] = await Promise.all([unitsP, fuelP, conditionsP]);

    const fuelByUnit = new Map(fuel.map((f) => [f.unitId, f.litres]));
    const winchFirst = [...conditions].sort((a, b) => Number(b.needsWinch) - Number(a.needsWinch));
    const freeUnits = [...units].sort((a, b) => a.hoursOnTracks - b.hoursOnTracks);

    const assignments: ShiftBriefing['assignments'] = [];
    const unassignedPistes: string[] = [];
    for (const piste of winchFirst) {
      const unit = freeUnits.shift();
      if (!unit) {
        unassignedPistes.push(piste.piste);
        continue;
      }
      assignments.push({
        unitId: unit.id,
        piste: piste.piste,
        refuelFirst: (fuelByUnit.get(unit.id) ?? 0) < MIN_FUEL_LITRES,
      });
    }

    return { resort, night, assignments, unassignedPistes };
  }

  async briefAll(resorts: readonly string[], night: string): Promise<ShiftBriefing[]> {
    return Promise.all(resorts.map((resort) => this.brief(resort, night)));
  }
}

export function formatBriefing(b: ShiftBriefing): string {
  const lines = b.assignments.map(
    (a) => `${a.unitId} -> ${a.piste}${a.refuelFirst ? ' (refuel first)' : ''}`,
  );
  if (b.unassignedPistes.length > 0) {
    lines.push(`unassigned: ${b.unassignedPistes.join(', ')}`);
  }
  return `${b.resort} ${b.night}\n${lines.join('\n')}`;
}
