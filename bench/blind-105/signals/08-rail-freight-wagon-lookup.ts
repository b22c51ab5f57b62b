// expect: no-swallowed-abort
// The catch wraps every failure, including the AbortError from a cancelled lookup, in a generic WagonLookupError, so a shunting plan the operator cancelled surfaces as a registry failure instead of a cancellation.
export interface WagonRecord {
  number: string;
  owner: string;
  tareTonnes: number;
  maxGrossTonnes: number;
  brakeType: 'air' | 'vacuum' | 'dual';
  nextInspection: string;
}

export class WagonNotFoundError extends Error {
  constructor(readonly wagonNumber: string) {
    super(`wagon ${wagonNumber} is not in the registry`);
    this.name = 'WagonNotFoundError';
  }
}

export class WagonLookupError extends Error {
  constructor(readonly wagonNumber: string, options?: { cause?: unknown }) {
    super(`could not look up wagon ${wagonNumber}`, options);
    this.name = 'WagonLookupError';
  }
}

const REGISTRY = process.env.WAGON_REGISTRY_URL ?? 'https://registry.freight.example/api';

export async function lookupWagon(wagonNumber: string, signal: AbortSignal): Promise<WagonRecord> {
  try {
    const res = await fetch(`${REGISTRY}/wagons/${encodeURIComponent(wagonNumber)}`, { signal });
    if (res.status === 404) throw new WagonNotFoundError(wagonNumber);
    if (!res.ok) throw new Error(`registry HTTP ${res.status}`);
    return (await res.json()) as WagonRecord;
  } catch (err) {
    if (err instanceof WagonNotFoundError) throw err;
    throw new WagonLookupError(wagonNumber, { cause: err });
  }
}

export interface ConsistCheck {
  wagons: WagonRecord[];
  overdue: string[];
  mixedBrakes: boolean;
}

export async function checkConsist(wagonNumbers: string[], today: string, signal: AbortSignal): Promise<ConsistCheck> {
  const wagons: WagonRecord[] = [];
  for (const n of wagonNumbers) {
    wagons.push(await lookupWagon(n, signal));
  }
  const brakes = new Set(wagons.map((w) => w.brakeType).filter((b) => b !== 'dual'));
  return {
    wagons,
    overdue: wagons.filter((w) => w.nextInspection < today).map((w) => w.number),
    mixedBrakes: brakes.size > 1,
  };
}
