// expect: none
// Only non-abort failures fall back to the stale cache; an AbortError is rethrown unchanged.

interface FeatureFlags {
  [flag: string]: boolean;
}

declare const flagCache: Map<string, FeatureFlags>;
declare const FLAGS_URL: string;

export async function loadFlags(tenant: string, signal: AbortSignal): Promise<FeatureFlags> {
  try {
    const res = await fetch(`${FLAGS_URL}?tenant=${encodeURIComponent(tenant)}`, { signal });
    if (!res.ok) {
      throw new Error(`flags service returned ${res.status}`);
    }
    const flags = (await res.json()) as FeatureFlags;
    flagCache.set(tenant, flags);
    return flags;
  } catch (err) {
    if ((err as Error).name === "AbortError") {
      throw err;
    }
    const stale = flagCache.get(tenant);
    if (stale) {
      return stale;
    }
    throw err;
  }
}
