// expect: none
// The signal travels inside the RequestInit built by requestInit() and is handed to the backoff sleep and the portal call, so every cancellable call gets it.
import { setTimeout as sleep } from 'node:timers/promises';

interface ShelterAnimal {
  id: string;
  name: string;
  species: 'dog' | 'cat' | 'rabbit' | 'other';
  ageMonths: number;
  photos: string[];
  goodWithKids: boolean | null;
}

interface AnimalPage {
  animals: ShelterAnimal[];
  next: string | null;
}

export interface PortalListing {
  externalId: string;
  title: string;
  photoUrl: string | null;
  tags: string[];
}

declare const adoptionPortal: {
  replaceListings(shelterId: string, listings: PortalListing[], options: { signal?: AbortSignal }): Promise<void>;
};

const SHELTER_API = 'https://records.shelter.example/api';

function requestInit(signal: AbortSignal, token: string): RequestInit {
  return {
    signal,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  };
}

async function fetchWithBackoff(url: string, init: RequestInit, attempts = 4): Promise<Response> {
  let response: Response | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    response = await fetch(url, init);
    if (response.status !== 429 && response.status < 500) return response;
    if (attempt < attempts) {
      const retryAfter = Number(response.headers.get('retry-after') ?? 0) * 1000;
      await sleep(Math.max(retryAfter, 250 * 2 ** attempt), undefined, { signal: init.signal ?? undefined });
    }
  }
  return response as Response;
}

function toListing(animal: ShelterAnimal): PortalListing {
  const years = Math.floor(animal.ageMonths / 12);
  const age = years > 0 ? `${years} yr` : `${animal.ageMonths} mo`;
  const tags = [animal.species, animal.ageMonths < 12 ? 'young' : 'adult'];
  if (animal.goodWithKids) tags.push('good-with-kids');
  return {
    externalId: animal.id,
    title: `${animal.name} (${age})`,
    photoUrl: animal.photos[0] ?? null,
    tags,
  };
}

export async function syncListings(
  shelterId: string,
  { signal, token }: { signal: AbortSignal; token: string },
): Promise<number> {
  const init = requestInit(signal, token);
  const animals: ShelterAnimal[] = [];
  let next: string | null = `${SHELTER_API}/shelters/${encodeURIComponent(shelterId)}/animals?status=available`;

  while (next) {
    const res = await fetchWithBackoff(next, init);
    if (!res.ok) throw new Error(`shelter records returned ${res.status} for ${next}`);
    const page = (await res.json()) as AnimalPage;
    animals.push(...page.animals);
    next = page.next;
  }

  const listings = animals.filter((a) => a.photos.length > 0).map(toListing);
  await adoptionPortal.replaceListings(shelterId, listings, { signal });
  return listings.length;
}
