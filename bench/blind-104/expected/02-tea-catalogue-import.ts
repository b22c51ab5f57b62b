// expect: none
// The bare function names handed to ids.map and withRetry are callbacks those helpers call themselves, so every place that expects a promise or its value receives one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CatalogueLot {
  lotNo: number;
  garden: string;
  grade: string;
  valuationPerKg: number;
}

export interface BrokerApi {
  catalogueIds(saleNo: number): Promise<number[]>;
  lot(lotNo: number): Promise<CatalogueLot>;
}

export async function withRetry<T>(task: () => Promise<T>, attempts = 3, backoffMs = 400): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await sleep(backoffMs * (i + 1));
    }
  }
  throw lastError;
}

export function createImporter(api: BrokerApi, saleNo: number) {
  async function fetchLot(lotNo: number): Promise<CatalogueLot> {
    const lot = await withRetry(() => api.lot(lotNo));
    return { ...lot, garden: lot.garden.trim().toUpperCase() };
  }

  async function loadIds(): Promise<number[]> {
    const ids = await api.catalogueIds(saleNo);
    return [...new Set(ids)].sort((a, b) => a - b);
  }

  return async function importCatalogue(): Promise<Map<string, CatalogueLot[]>> {
    const ids = await withRetry(loadIds);
    const lots = await Promise.all(ids.map(fetchLot));

    const byGarden = new Map<string, CatalogueLot[]>();
    for (const lot of lots) {
      const list = byGarden.get(lot.garden) ?? [];
      list.push(lot);
      byGarden.set(lot.garden, list);
    }
    return byGarden;
  };
}
