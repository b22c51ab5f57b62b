// expect: no-reused-settled-promise
// fetchVetClearance starts the portal request once and re-awaits that same settled promise on every retry, so a transient failure is simply re-thrown instead of retried.
import { setTimeout as delay } from 'node:timers/promises';

interface Clearance {
  dogId: string;
  fitToRace: boolean;
  vaccinationsCurrent: boolean;
  notes: string[];
  examinedAt: string;
}

interface SledDog {
  id: string;
  name: string;
  position: 'lead' | 'swing' | 'team' | 'wheel';
  ageYears: number;
}

declare const vetPortal: {
  clearance(dogId: string): Promise<Clearance>;
};

declare const kennelRoster: {
  dogsFor(musher: string): Promise<SledDog[]>;
};

const MAX_ATTEMPTS = 4;

function isTransient(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ECONNRESET' || code === 'ETIMEDOUT' || /\b50[234]\b/.test(err.message);
}

function backoffMs(attempt: number): number {
  const base = 250 * 2 ** (attempt - 1);
  return base + Math.floor(Math.random() * base * 0.2);
}

export async function fetchVetClearance(dogId: string): Promise<Clearance> {
  const request = vetPortal.clearance(dogId);
  for (let attempt = 1; ; attempt++) {
    try {
      return await request;
    } catch (err) {
      if (!isTransient(err) || attempt >= MAX_ATTEMPTS) throw err;
      await delay(backoffMs(attempt));
    }
  }
}

export interface TeamSheet {
  musher: string;
  cleared: SledDog[];
  benched: Array<{ dog: SledDog; reason: string }>;
}

export async function buildTeamSheet(musher: string, teamSize: number): Promise<TeamSheet> {
  const dogs = await kennelRoster.dogsFor(musher);
  const clearances = await Promise.all(dogs.map((d) => fetchVetClearance(d.id)));

  const cleared: SledDog[] = [];
  const benched: TeamSheet['benched'] = [];
  dogs.forEach((dog, i) => {
    const c = clearances[i];
    if (!c.vaccinationsCurrent) benched.push({ dog, reason: 'vaccinations lapsed' });
    else if (!c.fitToRace) benched.push({ dog, reason: c.notes.join('; ') || 'not fit to race' });
    else cleared.push(dog);
  });

  const leaders = cleared.filter((d) => d.position === 'lead');
  if (leaders.length === 0) throw new Error(`${musher} has no cleared lead dog`);

  return { musher, cleared: cleared.slice(0, teamSize), benched };
}
