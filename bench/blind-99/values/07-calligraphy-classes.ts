// expect: none
// The stroke list filled by the 'data' listener is only read after awaiting finished(), and the nib total set inside .then is read after that chain is awaited, so both reads happen after the writes.
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface Stroke {
  student: string;
  letter: string;
  angleDeg: number;
  pressure: number;
}

export interface SupplyCatalogue {
  priceOf(item: string): Promise<number>;
}

export interface LetterFeedback {
  letter: string;
  meanAngle: number;
  attempts: number;
  advice: string;
}

const TARGET_ANGLE: Record<string, number> = { italic: 45, foundational: 30, uncial: 20 };

export async function analyseTablet(tablet: Readable, script: keyof typeof TARGET_ANGLE): Promise<LetterFeedback[]> {
  const strokes: Stroke[] = [];
  tablet.on('data', (s: Stroke) => strokes.push(s));
  await finished(tablet);

  const byLetter = new Map<string, Stroke[]>();
  for (const s of strokes) {
    const list = byLetter.get(s.letter) ?? [];
    list.push(s);
    byLetter.set(s.letter, list);
  }

  const target = TARGET_ANGLE[script] ?? 45;
  return [...byLetter].map(([letter, list]) => {
    const meanAngle = list.reduce((sum, s) => sum + s.angleDeg, 0) / list.length;
    const off = meanAngle - target;
    const advice = Math.abs(off) < 5 ? 'pen angle is consistent' : off > 0 ? 'flatten the nib a little' : 'steepen the nib a little';
    return { letter, meanAngle: Math.round(meanAngle), attempts: list.length, advice };
  });
}

export async function starterKitCost(catalogue: SupplyCatalogue, nibs: string[]): Promise<string> {
  let total = 0;
  await Promise.all(nibs.map((n) => catalogue.priceOf(n))).then((prices) => {
    total = prices.reduce((a, b) => a + b, 0);
  });
  const inkAndPaper = 18.5;
  return `Starter kit: ${nibs.length} nibs, ink and practice pad — £${(total + inkAndPaper).toFixed(2)}`;
}
