// expect: none
// Async functions are passed by reference only where the receiver calls them: Array.map, the retry helper that takes a factory, and an arrow wrapper.
export interface Species {
  latin: string;
  common: string;
  edibility: 'choice' | 'edible' | 'inedible' | 'toxic' | 'deadly';
  lookalikes: string[];
}

const KEY_API = process.env.MYCO_KEY_API ?? 'https://key.mycology-society.example/v1';

async function fetchSpecies(latin: string): Promise<Species> {
  const res = await fetch(`${KEY_API}/species/${encodeURIComponent(latin)}`);
  if (res.status === 404) throw new Error(`unknown species ${latin}`);
  if (!res.ok) throw new Error(`species key answered ${res.status}`);
  return (await res.json()) as Species;
}

async function withRetry<T>(task: () => Promise<T>, attempts = 3, baseDelayMs = 300): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await new Promise((resolve) => setTimeout(resolve, baseDelayMs * 2 ** i));
    }
  }
  throw lastError;
}

export async function speciesForBasket(latinNames: string[]): Promise<Species[]> {
  const unique = [...new Set(latinNames)];
  return Promise.all(unique.map(fetchSpecies));
}

export async function speciesWithRetry(latin: string): Promise<Species> {
  return withRetry(() => fetchSpecies(latin));
}

export async function basketCheck(finds: Array<{ forager: string; latin: string }>) {
  const species = await Promise.all(
    [...new Set(finds.map((f) => f.latin))].map((latin) => withRetry(() => fetchSpecies(latin), 2)),
  );
  const byLatin = new Map(species.map((s) => [s.latin, s]));

  const discard: string[] = [];
  const confirm: string[] = [];
  for (const find of finds) {
    const s = byLatin.get(find.latin);
    if (!s) continue;
    if (s.edibility === 'deadly' || s.edibility === 'toxic') {
      discard.push(`${find.forager}: ${s.common} (${s.latin}) is ${s.edibility}, bag separately`);
    } else if (s.lookalikes.length > 0) {
      confirm.push(`${find.forager}: ${s.common}, check against ${s.lookalikes.join(', ')}`);
    }
  }
  return { discard, confirm };
}
