// expect: no-leaked-race
// Promise.race against a sleep: the timer is never cleared and the losing fetches are never aborted, so they keep running after the race.
export interface MeteoriteRecord {
  name: string;
  recclass: string;
  massGrams: number;
  fall: 'Fell' | 'Found';
  year?: number;
}

const MIRRORS = [
  'https://catalog-eu.meteor-society.example',
  'https://catalog-us.meteor-society.example',
];

function timeout(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${what} timed out after ${ms}ms`)), ms);
  });
}

async function fetchFromMirror(base: string, name: string): Promise<MeteoriteRecord | null> {
  const res = await fetch(`${base}/v2/meteorites/${encodeURIComponent(name)}`);
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`${base} answered ${res.status}`);
  return (await res.json()) as MeteoriteRecord;
}

export async function lookupMeteorite(name: string, timeoutMs = 4_000): Promise<MeteoriteRecord | null> {
  const attempts = MIRRORS.map((base) => fetchFromMirror(base, name));
  return Promise.race([Promise.any(attempts), timeout(timeoutMs, `lookup of ${name}`)]);
}

export async function classifyFind(candidateName: string, measuredMassG: number): Promise<string> {
  const record = await lookupMeteorite(candidateName);
  if (!record) {
    return `${candidateName}: not in the catalogue, submit for classification`;
  }
  const ratio = measuredMassG / record.massGrams;
  if (ratio > 0.5) {
    return `${candidateName}: mass ${measuredMassG}g is implausibly large for a fragment of ${record.name}`;
  }
  return `${candidateName}: probable ${record.recclass} fragment of ${record.name} (${record.fall}${
    record.year ? `, ${record.year}` : ''
  })`;
}

export async function classifyExpeditionHaul(
  finds: Array<{ candidateName: string; massG: number }>,
): Promise<string[]> {
  const notes: string[] = [];
  for (const f of finds) {
    try {
      notes.push(await classifyFind(f.candidateName, f.massG));
    } catch (err) {
      notes.push(`${f.candidateName}: catalogue unavailable (${(err as Error).message}), retry later`);
    }
  }
  return notes;
}
