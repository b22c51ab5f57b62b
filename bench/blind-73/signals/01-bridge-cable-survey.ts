// expect: require-signal-propagation
// surveyCables forwards options.signal to the cable-list fetch but not to the per-cable tension fetches, so an aborted survey keeps every batch request running.
export interface CableSummary {
  id: string;
  side: 'upstream' | 'downstream';
  anchor: string;
}

export interface CableTension {
  cableId: string;
  tensionKn: number;
  frayedStrands: number;
  measuredAt: string;
}

export interface SurveyOptions {
  signal?: AbortSignal;
  concurrency?: number;
  ratedTensionKn?: number;
}

export interface SurveyResult {
  bridgeId: string;
  cables: CableTension[];
  condemned: string[];
}

declare const inspectorApi: {
  baseUrl: string;
  token(): string;
};

function headers(): Record<string, string> {
  return { authorization: `Bearer ${inspectorApi.token()}`, accept: 'application/json' };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function readJson<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) {
    throw new Error(`${what}: HTTP ${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export async function surveyCables(bridgeId: string, options: SurveyOptions = {}): Promise<SurveyResult> {
  const { signal, concurrency = 6, ratedTensionKn = 180 } = options;

  const listRes = await fetch(`${inspectorApi.baseUrl}/bridges/${encodeURIComponent(bridgeId)}/cables`, {
    headers: headers(),
    signal,
  });
  const summaries = await readJson<CableSummary[]>(listRes, `cable list for ${bridgeId}`);

  const cables: CableTension[] = [];
  for (const batch of chunk(summaries, concurrency)) {
    signal?.throwIfAborted();
    const tensions = await Promise.all(
      batch.map(async (cable) => {
        const res = await fetch(`${inspectorApi.baseUrl}/cables/${encodeURIComponent(cable.id)}/tension`, {
          headers: headers(),
        });
        return readJson<CableTension>(res, `tension for ${cable.id}`);
      }),
    );
    cables.push(...tensions);
  }

  const condemned = cables
    .filter((c) => c.frayedStrands > 3 || c.tensionKn < ratedTensionKn * 0.6 || c.tensionKn > ratedTensionKn * 1.1)
    .map((c) => c.cableId);

  return { bridgeId, cables, condemned };
}
