// expect: none
// The caller's signal is merged with a timeout in requestInit(), and every fetch uses the init built there, so cancellation reaches each request.
export interface PropItem {
  sku: string;
  name: string;
  production: string;
  aisle: string;
  fragile: boolean;
}

export interface CatalogueOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

declare const storeConfig: {
  baseUrl: string;
  apiKey: string;
};

function requestInit(options: CatalogueOptions, extra: RequestInit = {}): RequestInit {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  return {
    ...extra,
    signal,
    headers: {
      'x-api-key': storeConfig.apiKey,
      accept: 'application/json',
      ...(extra.headers as Record<string, string> | undefined),
    },
  };
}

async function getJson<T>(path: string, options: CatalogueOptions): Promise<T> {
  const res = await fetch(new URL(path, storeConfig.baseUrl), requestInit(options));
  if (!res.ok) throw new Error(`prop store GET ${path} failed with ${res.status}`);
  return (await res.json()) as T;
}

export async function propsForProduction(production: string, options: CatalogueOptions = {}): Promise<PropItem[]> {
  const items = await getJson<PropItem[]>(`/props?production=${encodeURIComponent(production)}`, options);
  return items.sort((a, b) => a.aisle.localeCompare(b.aisle) || a.name.localeCompare(b.name));
}

export async function reserveForRehearsal(
  production: string,
  rehearsalDate: string,
  options: CatalogueOptions = {},
): Promise<{ reserved: string[]; fragileNotes: string[] }> {
  const items = await propsForProduction(production, options);
  const reserved: string[] = [];
  const fragileNotes: string[] = [];

  for (const item of items) {
    const init = requestInit(options, {
      method: 'POST',
      body: JSON.stringify({ sku: item.sku, date: rehearsalDate }),
      headers: { 'content-type': 'application/json' },
    });
    const res = await fetch(new URL('/reservations', storeConfig.baseUrl), init);
    if (res.status === 409) {
      await res.body?.cancel();
      continue;
    }
    if (!res.ok) throw new Error(`reserving ${item.sku} failed with ${res.status}`);
    reserved.push(item.sku);
    if (item.fragile) fragileNotes.push(`${item.name} (aisle ${item.aisle}) — two-person carry`);
  }

  return { reserved, fragileNotes };
}

export function pickList(items: PropItem[]): string {
  const byAisle = new Map<string, string[]>();
  for (const item of items) {
    const list = byAisle.get(item.aisle) ?? [];
    list.push(item.fragile ? `${item.name} [FRAGILE]` : item.name);
    byAisle.set(item.aisle, list);
  }
  return [...byAisle].map(([aisle, names]) => `Aisle ${aisle}: ${names.join('; ')}`).join('\n');
}
