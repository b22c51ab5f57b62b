// expect: no-unobserved-promise
// assignTeam() starts the vet-clearance request first but only awaits it after two other awaits (and may throw before), so its rejection can go unhandled.
export interface Dog {
  id: string;
  name: string;
  ageYears: number;
  position: 'lead' | 'swing' | 'team' | 'wheel';
  lastRunKm: number;
}

export interface Clearance {
  dogId: string;
  cleared: boolean;
  note?: string;
}

export interface TeamSheet {
  raceId: string;
  musherId: string;
  dogs: Dog[];
  reserves: Dog[];
}

declare const vetService: {
  clearances(raceId: string): Promise<Map<string, Clearance>>;
};

declare const registry: {
  musher(musherId: string): Promise<{ id: string; licensed: boolean; maxTeamSize: number }>;
};

declare const kennel: {
  dogsFor(musherId: string): Promise<Dog[]>;
  saveTeam(sheet: TeamSheet): Promise<void>;
};

const MIN_AGE_YEARS = 1.5;
const MAX_AGE_YEARS = 11;
const POSITION_ORDER: Dog['position'][] = ['lead', 'swing', 'team', 'wheel'];

function rankForRace(dogs: Dog[]): Dog[] {
  return [...dogs].sort((a, b) => {
    const byPosition = POSITION_ORDER.indexOf(a.position) - POSITION_ORDER.indexOf(b.position);
    // Among the same position, prefer the dog that ran least recently (freshest legs).
    return byPosition !== 0 ? byPosition : a.lastRunKm - b.lastRunKm;
  });
}

export class TeamPlanner {
  async assignTeam(raceId: string, musherId: string): Promise<TeamSheet> {
    const vetChecks = vetService.clearances(raceId);

    const musher = await registry.musher(musherId);
    if (!musher.licensed) {
      throw new Error(`musher ${musherId} is not licensed for race ${raceId}`);
    }

    const dogs = await kennel.dogsFor(musherId);
    const eligible = dogs.filter((d) => d.ageYears >= MIN_AGE_YEARS && d.ageYears <= MAX_AGE_YEARS);
    if (eligible.length < 4) {
      throw new Error(`${musherId} has only ${eligible.length} eligible dogs`);
    }

    const clearances = await vetChecks;
    const cleared = eligible.filter((d) => clearances.get(d.id)?.cleared === true);
    const ranked = rankForRace(cleared);
    const hasLeader = ranked.some((d) => d.position === 'lead');
    if (!hasLeader) {
      throw new Error(`no vet-cleared lead dog for ${musherId}`);
    }

    const sheet: TeamSheet = {
      raceId,
      musherId,
      dogs: ranked.slice(0, musher.maxTeamSize),
      reserves: ranked.slice(musher.maxTeamSize, musher.maxTeamSize + 2),
    };
    await kennel.saveTeam(sheet);
    return sheet;
  }

  describe(sheet: TeamSheet): string {
    const byPosition = new Map<Dog['position'], string[]>();
    for (const d of sheet.dogs) {
      byPosition.set(d.position, [...(byPosition.get(d.position) ?? []), d.name]);
    }
    const lines = POSITION_ORDER.filter((p) => byPosition.has(p)).map((p) => `${p}: ${byPosition.get(p)!.join(', ')}`);
    if (sheet.reserves.length > 0) lines.push(`reserves: ${sheet.reserves.map((d) => d.name).join(', ')}`);
    return lines.join('\n');
  }
}
