// expect: none
// Every Promise.allSettled result is narrowed on its status before .value or .reason is read.
export interface Split {
  bib: number;
  checkpoint: '5k' | '10k' | 'half' | '30k' | '35k' | '40k' | 'finish';
  gunTimeMs: number;
}

export interface Runner {
  bib: number;
  name: string;
  wave: 'elite' | 'A' | 'B' | 'C';
}

export interface BoardRow {
  bib: number;
  name: string;
  lastCheckpoint: Split['checkpoint'] | 'not seen';
  paceSecPerKm: number | null;
}

declare const timingMats: { splitsAt(checkpoint: Split['checkpoint']): Promise<Split[]> };
declare const entrants: { byBib(): Promise<Map<number, Runner>> };
declare const board: { publish(rows: BoardRow[], missing: string[]): Promise<void> };

const CHECKPOINT_KM: Record<Split['checkpoint'], number> = {
  '5k': 5,
  '10k': 10,
  half: 21.0975,
  '30k': 30,
  '35k': 35,
  '40k': 40,
  finish: 42.195,
};

const ORDER = Object.keys(CHECKPOINT_KM) as Split['checkpoint'][];

export async function refreshBoard(): Promise<BoardRow[]> {
  const runners = await entrants.byBib();
  const settled = await Promise.allSettled(ORDER.map((cp) => timingMats.splitsAt(cp)));

  const latest = new Map<number, Split>();
  const missing: string[] = [];
  settled.forEach((result, i) => {
    if (result.status === 'rejected') {
      missing.push(`${ORDER[i]}: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`);
      return;
    }
    for (const split of result.value) {
      const seen = latest.get(split.bib);
      if (!seen || CHECKPOINT_KM[split.checkpoint] > CHECKPOINT_KM[seen.checkpoint]) {
        latest.set(split.bib, split);
      }
    }
  });

  const rows: BoardRow[] = [...runners.values()].map((runner) => {
    const split = latest.get(runner.bib);
    if (!split) return { bib: runner.bib, name: runner.name, lastCheckpoint: 'not seen', paceSecPerKm: null };
    return {
      bib: runner.bib,
      name: runner.name,
      lastCheckpoint: split.checkpoint,
      paceSecPerKm: Math.round(split.gunTimeMs / 1000 / CHECKPOINT_KM[split.checkpoint]),
    };
  });

  rows.sort((a, b) => ORDER.indexOf(b.lastCheckpoint as Split['checkpoint']) - ORDER.indexOf(a.lastCheckpoint as Split['checkpoint']) || (a.paceSecPerKm ?? Infinity) - (b.paceSecPerKm ?? Infinity));
  await board.publish(rows, missing);
  return rows;
}
