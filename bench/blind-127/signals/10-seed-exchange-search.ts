// expect: require-signal-propagation
// The handler passes req.signal to searchSpecies but calls listLots with an options object that omits it, so lot lookups keep running after the client disconnects.
export interface Species {
  id: string;
  scientificName: string;
  commonName: string;
}

export interface SeedLot {
  lotCode: string;
  speciesId: string;
  region: string;
  packetsAvailable: number;
  harvestYear: number;
}

export interface SeedRegistryClient {
  searchSpecies(query: string, options?: { limit?: number; signal?: AbortSignal }): Promise<Species[]>;
  listLots(speciesId: string, options?: { region?: string; minPackets?: number; signal?: AbortSignal }): Promise<SeedLot[]>;
}

function badRequest(message: string): Response {
  return Response.json({ error: message }, { status: 400 });
}

export async function handleSeedSearch(req: Request, deps: { registry: SeedRegistryClient }): Promise<Response> {
  const url = new URL(req.url);
  const query = url.searchParams.get('q')?.trim() ?? '';
  const region = url.searchParams.get('region') ?? undefined;
  const oldestYear = Number(url.searchParams.get('since') ?? new Date().getFullYear() - 5);

  if (query.length < 3) return badRequest('query must be at least 3 characters');
  if (!Number.isInteger(oldestYear)) return badRequest('since must be a year');

  const species = await deps.registry.searchSpecies(query, { limit: 8, signal: req.signal });
  const lotsPerSpecies = await Promise.all(
    species.map((s) => deps.registry.listLots(s.id, { region, minPackets: 1 })),
  );

  const results = species
    .map((s, i) => {
      const lots = (lotsPerSpecies[i] ?? []).filter((lot) => lot.harvestYear >= oldestYear);
      return {
        id: s.id,
        name: `${s.commonName} (${s.scientificName})`,
        packets: lots.reduce((sum, lot) => sum + lot.packetsAvailable, 0),
        lots: lots.map((lot) => ({ lotCode: lot.lotCode, region: lot.region, year: lot.harvestYear })),
      };
    })
    .filter((r) => r.packets > 0)
    .sort((a, b) => b.packets - a.packets);

  return Response.json(
    { query, region: region ?? null, results },
    { headers: { 'cache-control': 'public, max-age=60' } },
  );
}

export function parseLotCode(lotCode: string): { exchange: string; year: number; serial: number } | null {
  const match = /^([A-Z]{3})-(\d{4})-(\d{3,5})$/.exec(lotCode);
  if (!match) return null;
  return { exchange: match[1]!, year: Number(match[2]), serial: Number(match[3]) };
}
