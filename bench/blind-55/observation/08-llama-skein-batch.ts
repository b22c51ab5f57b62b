// expect: none
// Correct: spin jobs are pushed into an array in a loop that never awaits or throws, and the whole array is awaited with Promise.all right after.
export interface FleeceLot {
  lotId: string;
  llama: string;
  grams: number;
  micron: number;
  colour: "white" | "fawn" | "brown" | "grey" | "black";
}

export interface Skein {
  lotId: string;
  metres: number;
  plies: 2 | 3;
  wpi: number;
}

declare const spinningFrame: {
  spin(lotId: string, options: { plies: 2 | 3; twistPerMetre: number }): Promise<{ metres: number; wpi: number }>;
};
declare const dyeHouse: { queue(lotId: string, colour: string): Promise<void> };
declare const inventory: { addSkeins(skeins: Skein[]): Promise<number> };

function twistFor(micron: number): number {
  if (micron < 20) return 420;
  if (micron < 24) return 360;
  return 300;
}

function pliesFor(lot: FleeceLot): 2 | 3 {
  return lot.micron < 22 && lot.grams > 400 ? 3 : 2;
}

async function spinLot(lot: FleeceLot): Promise<Skein> {
  const plies = pliesFor(lot);
  const { metres, wpi } = await spinningFrame.spin(lot.lotId, { plies, twistPerMetre: twistFor(lot.micron) });
  if (lot.colour === "white") {
    await dyeHouse.queue(lot.lotId, "natural-bleach");
  }
  return { lotId: lot.lotId, metres, plies, wpi };
}

export async function spinBatch(lots: FleeceLot[]): Promise<Skein[]> {
  const jobs: Promise<Skein>[] = [];
  for (const lot of lots) {
    if (lot.grams < 50) continue;
    jobs.push(spinLot(lot));
  }
  const skeins = await Promise.all(jobs);
  await inventory.addSkeins(skeins);
  return skeins;
}

export function yardageSummary(skeins: Skein[]): { totalMetres: number; byWeight: Record<string, number> } {
  const byWeight: Record<string, number> = {};
  let totalMetres = 0;
  for (const s of skeins) {
    const weight = s.wpi >= 14 ? "fingering" : s.wpi >= 11 ? "dk" : "worsted";
    byWeight[weight] = (byWeight[weight] ?? 0) + s.metres;
    totalMetres += s.metres;
  }
  return { totalMetres, byWeight };
}
