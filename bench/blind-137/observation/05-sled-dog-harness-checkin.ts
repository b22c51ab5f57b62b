// expect: no-unchecked-settled-results
// Rejected collar reads from allSettled are silently dropped, so dogs whose check-in failed vanish from both the fit and the vet lists.
export interface CollarClient {
  readVitals(collarId: string): Promise<Vitals>;
}

export interface Vitals {
  dogId: string;
  restingBpm: number;
  tempCelsius: number;
  pawScore: number;
}

export interface Dog {
  id: string;
  name: string;
  collarId: string;
  position: 'lead' | 'swing' | 'team' | 'wheel';
}

export interface CheckinReport {
  team: string;
  checkedIn: number;
  fitToRun: string[];
  needsVet: string[];
}

function isFit(v: Vitals): boolean {
  return v.restingBpm >= 60 && v.restingBpm <= 120 && v.tempCelsius >= 37.5 && v.tempCelsius <= 39.2 && v.pawScore >= 3;
}

export async function collectHarnessCheckins(
  collars: CollarClient,
  team: string,
  dogs: Dog[],
): Promise<CheckinReport> {
  const results = await Promise.allSettled(dogs.map((dog) => collars.readVitals(dog.collarId)));
  const vitals = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));

  const names = new Map(dogs.map((d) => [d.id, d.name]));
  const fitToRun: string[] = [];
  const needsVet: string[] = [];
  for (const v of vitals) {
    const name = names.get(v.dogId) ?? v.dogId;
    if (isFit(v)) fitToRun.push(name);
    else needsVet.push(name);
  }

  return { team, checkedIn: vitals.length, fitToRun, needsVet };
}

export function canHitchTeam(report: CheckinReport, dogs: Dog[]): boolean {
  const fit = new Set(report.fitToRun);
  const leads = dogs.filter((d) => d.position === 'lead' && fit.has(d.name));
  const wheels = dogs.filter((d) => d.position === 'wheel' && fit.has(d.name));
  return leads.length >= 1 && wheels.length >= 2 && report.fitToRun.length >= 6;
}
