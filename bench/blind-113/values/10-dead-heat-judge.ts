// expect: none
// Both nose times are awaited together before the === and < comparisons, so the judge compares numbers rather than promise objects.
export interface FinishImage {
  raceId: string;
  pixelsPerMs: number;
  startColumn: number;
}

export interface NoseLocator {
  noseColumn(image: FinishImage, saddleCloth: number): Promise<number>;
}

export type Verdict =
  | { kind: 'winner'; first: number; second: number; marginMs: number }
  | { kind: 'dead-heat'; horses: [number, number] };

const RESOLUTION_MS = 0.1;

export class PhotoFinishJudge {
  constructor(private readonly locator: NoseLocator) {}

  async noseTimeMs(image: FinishImage, saddleCloth: number): Promise<number> {
    const column = await this.locator.noseColumn(image, saddleCloth);
    const raw = (column - image.startColumn) / image.pixelsPerMs;
    return Math.round(raw / RESOLUTION_MS) * RESOLUTION_MS;
  }

  async judge(image: FinishImage, a: number, b: number): Promise<Verdict> {
    const [timeA, timeB] = await Promise.all([this.noseTimeMs(image, a), this.noseTimeMs(image, b)]);

    if (timeA === timeB) {
      return { kind: 'dead-heat', horses: [a, b] };
    }
    const first = timeA < timeB ? a : b;
    const second = first === a ? b : a;
    return { kind: 'winner', first, second, marginMs: Math.abs(timeA - timeB) };
  }

  async placings(image: FinishImage, saddleCloths: number[]): Promise<number[][]> {
    const times = await Promise.all(saddleCloths.map((n) => this.noseTimeMs(image, n)));
    const order = saddleCloths.map((n, i) => ({ n, t: times[i] })).sort((x, y) => x.t - y.t);
    const groups: number[][] = [];
    for (const entry of order) {
      const last = groups[groups.length - 1];
      const lastTime = last ? times[saddleCloths.indexOf(last[0])] : undefined;
      if (last && lastTime === entry.t) last.push(entry.n);
      else groups.push([entry.n]);
    }
    return groups;
  }
}

export function announce(v: Verdict): string {
  if (v.kind === 'dead-heat') return `Photo: dead heat between ${v.horses[0]} and ${v.horses[1]}`;
  const lengths = v.marginMs / 160; // roughly one length per 160 ms at the finish
  const margin = lengths < 0.05 ? 'a nose' : lengths < 0.1 ? 'a short head' : lengths < 0.2 ? 'a head' : `${lengths.toFixed(2)} lengths`;
  return `Photo: ${v.first} beat ${v.second} by ${margin}`;
}
