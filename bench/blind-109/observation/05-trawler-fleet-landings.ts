// expect: none
// The per-vessel log fetches are started in a map but the whole array goes straight into Promise.all before anything else is awaited, so every request is observed from the start and the first failure rejects the report.
export interface Haul {
  vessel: string;
  species: string;
  kg: number;
  discardedKg: number;
}

export interface VesselLogService {
  hauls(vessel: string, tripDate: string): Promise<Haul[]>;
}

export interface QuotaService {
  remainingKg(species: string): Promise<number>;
}

export interface LandingReport {
  tripDate: string;
  bySpecies: Array<{ species: string; landedKg: number; discardRate: number; overQuota: boolean }>;
}

function groupBySpecies(hauls: Haul[]): Map<string, { kg: number; discardedKg: number }> {
  const groups = new Map<string, { kg: number; discardedKg: number }>();
  for (const haul of hauls) {
    const group = groups.get(haul.species) ?? { kg: 0, discardedKg: 0 };
    group.kg += haul.kg;
    group.discardedKg += haul.discardedKg;
    groups.set(haul.species, group);
  }
  return groups;
}

export async function fleetLandings(
  logs: VesselLogService,
  quotas: QuotaService,
  vessels: string[],
  tripDate: string,
): Promise<LandingReport> {
  const pending = vessels.map(async (vessel) => {
    const hauls = await logs.hauls(vessel, tripDate);
    return hauls.filter((h) => h.kg > 0 || h.discardedKg > 0);
  });
  const perVessel = await Promise.all(pending);
  const groups = groupBySpecies(perVessel.flat());

  const species = [...groups.keys()].sort();
  const remaining = await Promise.all(species.map((s) => quotas.remainingKg(s)));

  return {
    tripDate,
    bySpecies: species.map((name, i) => {
      const { kg, discardedKg } = groups.get(name)!;
      const total = kg + discardedKg;
      return {
        species: name,
        landedKg: Math.round(kg),
        discardRate: total === 0 ? 0 : Math.round((discardedKg / total) * 1000) / 1000,
        overQuota: kg > remaining[i],
      };
    }),
  };
}

export function formatLandingReport(report: LandingReport): string {
  const rows = report.bySpecies.map(
    (row) => `${row.species.padEnd(14)} ${String(row.landedKg).padStart(7)} kg  discard ${(row.discardRate * 100).toFixed(1)}%${row.overQuota ? '  OVER QUOTA' : ''}`,
  );
  return [`Landings for ${report.tripDate}`, ...rows].join('\n');
}
