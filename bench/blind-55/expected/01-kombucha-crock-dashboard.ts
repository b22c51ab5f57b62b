// expect: no-uncalled-async-function
// Bug: bootstrap passes warmCrockCache itself (not warmCrockCache()) to Promise.all, so the crock cache is never warmed before the dashboard starts serving.
export interface Crock {
  id: string;
  litres: number;
  startedAt: string;
  phRecent: number[];
  flavour: "ginger" | "hibiscus" | "plain" | "lemongrass";
}

export interface ScobyBatch {
  id: string;
  crockIds: string[];
  generation: number;
}

declare const brewDb: {
  listCrocks(): Promise<Crock[]>;
  listScobies(): Promise<ScobyBatch[]>;
};
declare const probeFeed: {
  connect(): Promise<void>;
  latest(crockId: string): { ph: number; celsius: number } | undefined;
};
declare const httpServer: {
  route(path: string, handler: (params: Record<string, string>) => Promise<unknown>): void;
  listen(port: number): Promise<void>;
};

const crockCache = new Map<string, Crock>();
const scobyIndex = new Map<string, ScobyBatch>();

async function warmCrockCache(): Promise<number> {
  const crocks = await brewDb.listCrocks();
  crockCache.clear();
  for (const crock of crocks) crockCache.set(crock.id, crock);
  return crocks.length;
}

async function refreshScobyIndex(): Promise<number> {
  const batches = await brewDb.listScobies();
  scobyIndex.clear();
  for (const batch of batches) {
    for (const crockId of batch.crockIds) scobyIndex.set(crockId, batch);
  }
  return batches.length;
}

async function primeTemperatureFeed(): Promise<void> {
  await probeFeed.connect();
}

function daysFermenting(crock: Crock, now = Date.now()): number {
  return Math.floor((now - Date.parse(crock.startedAt)) / 86_400_000);
}

function readiness(crock: Crock): "early" | "tasting" | "ready" | "over" {
  const days = daysFermenting(crock);
  const ph = crock.phRecent.at(-1) ?? 7;
  if (days < 6 || ph > 3.6) return "early";
  if (ph > 3.2) return "tasting";
  if (days > 21 || ph < 2.6) return "over";
  return "ready";
}

async function crockDetail(params: Record<string, string>): Promise<unknown> {
  const crock = crockCache.get(params.id);
  if (!crock) return { error: "unknown crock" };
  const probe = probeFeed.latest(crock.id);
  return {
    ...crock,
    days: daysFermenting(crock),
    readiness: readiness(crock),
    scobyGeneration: scobyIndex.get(crock.id)?.generation ?? null,
    live: probe ?? null,
  };
}

async function readyList(): Promise<unknown> {
  return [...crockCache.values()]
    .filter((crock) => readiness(crock) === "ready")
    .map((crock) => ({ id: crock.id, flavour: crock.flavour, litres: crock.litres }));
}

export async function bootstrapDashboard(port: number): Promise<void> {
  await Promise.all([warmCrockCache, refreshScobyIndex(), primeTemperatureFeed()]);

  httpServer.route("/crocks/:id", crockDetail);
  httpServer.route("/ready", readyList);
  await httpServer.listen(port);
}
