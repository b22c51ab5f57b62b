// expect: none
// heaviest and flawed are written in 'block' callbacks and read only after await once(scanner, 'done'); rate is read inside the next .then, after it was set.
import { EventEmitter, once } from 'node:events';

interface ScannedBlock {
  blockId: string;
  tonnes: number;
  flaws: Array<{ kind: 'vent' | 'stylolite' | 'fracture'; lengthCm: number }>;
  variety: string;
}

declare function startScanner(bench: string): EventEmitter;

declare const tariff: {
  ratePerTonne(variety: string): Promise<number>;
};

declare const dispatch: {
  book(blockId: string, pricePence: number): Promise<string>;
};

export interface BenchScan {
  bench: string;
  scanned: number;
  heaviest: ScannedBlock | null;
  flawed: string[];
}

function isStructuralFlaw(block: ScannedBlock): boolean {
  return block.flaws.some((f) => f.kind === 'fracture' || (f.kind === 'vent' && f.lengthCm > 40));
}

export async function scanBench(bench: string): Promise<BenchScan> {
  const scanner = startScanner(bench);
  let scanned = 0;
  let heaviest: ScannedBlock | null = null;
  const flawed: string[] = [];

  scanner.on('block', (block: ScannedBlock) => {
    scanned += 1;
    if (!heaviest || block.tonnes > heaviest.tonnes) heaviest = block;
    if (isStructuralFlaw(block)) flawed.push(block.blockId);
  });

  await once(scanner, 'done');
  return { bench, scanned, heaviest, flawed };
}

export function priceHeaviest(scan: BenchScan): Promise<string | null> {
  const block = scan.heaviest;
  if (!block || scan.flawed.includes(block.blockId)) return Promise.resolve(null);

  let rate = 0;
  return tariff
    .ratePerTonne(block.variety)
    .then((r) => {
      rate = r;
      return Math.round(block.tonnes * rate);
    })
    .then((pence) => {
      if (rate <= 0) throw new Error(`no tariff for ${block.variety}`);
      return dispatch.book(block.blockId, pence);
    });
}

export async function scanQuarry(benches: string[]): Promise<Array<{ bench: string; booking: string | null }>> {
  const out: Array<{ bench: string; booking: string | null }> = [];
  for (const bench of benches) {
    const scan = await scanBench(bench);
    out.push({ bench, booking: await priceHeaviest(scan) });
  }
  return out;
}
