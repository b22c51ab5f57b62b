// expect: no-unobserved-promise
// The protected-area check is started before the forager lookups; if a lookup throws or the suspended branch returns, a rejection of that check is never observed.
export interface PermitApplication {
  applicationId: string;
  foragerId: string;
  species: string[];
  area: { name: string; polygon: Array<[number, number]> };
  season: 'spring' | 'autumn';
  kgRequested: number;
}

export interface PermitDecision {
  applicationId: string;
  status: 'granted' | 'refused' | 'referred';
  kgAllowed: number;
  notes: string[];
}

interface Forager {
  foragerId: string;
  commercial: boolean;
  suspendedUntil?: string;
  trainingCompleted: boolean;
}

declare const protectedAreas: {
  overlap(polygon: Array<[number, number]>): Promise<{ sssiPct: number; reserveNames: string[] }>;
};

declare const licensing: {
  forager(foragerId: string): Promise<Forager>;
  violations(foragerId: string, sinceYears: number): Promise<Array<{ date: string; kind: string }>>;
};

const RESTRICTED_SPECIES = new Set(['cantharellus cibarius', 'boletus edulis', 'hericium erinaceus']);

function baseAllowance(season: PermitApplication['season'], commercial: boolean): number {
  const perSeason = season === 'autumn' ? 12 : 4;
  return commercial ? perSeason * 5 : perSeason;
}

export async function reviewPermit(app: PermitApplication, today = new Date()): Promise<PermitDecision> {
  const notes: string[] = [];
  const areaCheck = protectedAreas.overlap(app.area.polygon);

  const forager = await licensing.forager(app.foragerId);
  if (forager.suspendedUntil && Date.parse(forager.suspendedUntil) > today.getTime()) {
    return {
      applicationId: app.applicationId,
      status: 'refused',
      kgAllowed: 0,
      notes: [`forager suspended until ${forager.suspendedUntil}`],
    };
  }

  const violations = await licensing.violations(app.foragerId, 3);
  if (violations.length > 0) {
    notes.push(`${violations.length} violation(s) in the last three years`);
  }

  const overlap = await areaCheck;
  let kgAllowed = Math.min(app.kgRequested, baseAllowance(app.season, forager.commercial));

  if (overlap.sssiPct > 0) {
    notes.push(`area overlaps ${overlap.reserveNames.join(', ')} (${overlap.sssiPct.toFixed(1)}%)`);
    kgAllowed = Math.floor(kgAllowed * (1 - overlap.sssiPct / 100));
  }

  const restricted = app.species.filter((s) => RESTRICTED_SPECIES.has(s.toLowerCase()));
  if (restricted.length > 0 && !forager.trainingCompleted) {
    notes.push(`identification training required for ${restricted.join(', ')}`);
    return { applicationId: app.applicationId, status: 'referred', kgAllowed: 0, notes };
  }

  const status = violations.length > 2 || overlap.sssiPct > 50 ? 'referred' : 'granted';
  return { applicationId: app.applicationId, status, kgAllowed, notes };
}
