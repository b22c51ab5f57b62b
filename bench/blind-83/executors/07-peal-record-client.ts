// expect: none
// Every callback branch returns right after rejecting, and the normalise step is wrapped so a throw rejects instead of escaping; each path settles once.
declare const towerArchive: {
  fetchPeal(
    towerId: string,
    pealNo: number,
    cb: (err: NodeJS.ErrnoException | null, raw?: RawPeal | null) => void,
  ): void;
  listPeals(towerId: string, cb: (err: Error | null, numbers?: number[]) => void): void;
};

interface RawPeal {
  method: string;
  changes: string;
  bells: string[];
  conductor?: string;
  rungAt: string;
}

export interface Peal {
  towerId: string;
  pealNo: number;
  method: string;
  changes: number;
  band: string[];
  conductor: string | null;
  rungAt: Date;
}

export class PealNotFoundError extends Error {
  constructor(readonly towerId: string, readonly pealNo: number) {
    super(`peal ${pealNo} not recorded for tower ${towerId}`);
    this.name = 'PealNotFoundError';
  }
}

function normalisePeal(towerId: string, pealNo: number, raw: RawPeal): Peal {
  const changes = Number.parseInt(raw.changes, 10);
  if (!Number.isFinite(changes) || changes < 5000) {
    throw new RangeError(`peal ${pealNo} at ${towerId} has only ${raw.changes} changes`);
  }
  return {
    towerId,
    pealNo,
    method: raw.method.trim(),
    changes,
    band: raw.bells.map((name) => name.trim()).filter(Boolean),
    conductor: raw.conductor?.trim() || null,
    rungAt: new Date(raw.rungAt),
  };
}

export function fetchPeal(towerId: string, pealNo: number): Promise<Peal> {
  return new Promise<Peal>((resolve, reject) => {
    towerArchive.fetchPeal(towerId, pealNo, (err, raw) => {
      if (err) {
        reject(err.code === 'ENOENT' ? new PealNotFoundError(towerId, pealNo) : err);
        return;
      }
      if (!raw) {
        reject(new PealNotFoundError(towerId, pealNo));
        return;
      }
      try {
        resolve(normalisePeal(towerId, pealNo, raw));
      } catch (normaliseErr) {
        reject(normaliseErr);
      }
    });
  });
}

export function listPealNumbers(towerId: string): Promise<number[]> {
  return new Promise<number[]>((resolve, reject) => {
    towerArchive.listPeals(towerId, (err, numbers) => {
      if (err) return reject(err);
      resolve([...(numbers ?? [])].sort((a, b) => a - b));
    });
  });
}

export async function ringersLeaderboard(towerId: string): Promise<Array<[string, number]>> {
  const counts = new Map<string, number>();
  for (const n of await listPealNumbers(towerId)) {
    const peal = await fetchPeal(towerId, n);
    for (const ringer of peal.band) counts.set(ringer, (counts.get(ringer) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
