// expect: require-signal-propagation
// Bug: rakePattern accepts options.signal but never reads it, so aborting a session does not stop the raker from finishing the whole pattern.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};
declare const beforeEach: (fn: () => void | Promise<void>) => void;

type Stroke = { from: [number, number]; to: [number, number]; tines: 3 | 5 | 7 };

interface RakeOptions {
  speedCmPerS: number;
  liftBetweenStrokes?: boolean;
  signal?: AbortSignal;
}

declare const raker: {
  home(): Promise<void>;
  lower(tines: number): Promise<void>;
  lift(): Promise<void>;
  drag(from: [number, number], to: [number, number], speedCmPerS: number): Promise<void>;
  position(): Promise<[number, number]>;
};

export async function rakePattern(strokes: Stroke[], options: RakeOptions): Promise<number> {
  let done = 0;
  let lowered: number | null = null;
  for (const stroke of strokes) {
    if (lowered !== stroke.tines || options.liftBetweenStrokes) {
      if (lowered !== null) await raker.lift();
      await raker.lower(stroke.tines);
      lowered = stroke.tines;
    }
    await raker.drag(stroke.from, stroke.to, options.speedCmPerS);
    done += 1;
  }
  if (lowered !== null) await raker.lift();
  return done;
}

export function concentricRipples(centre: [number, number], rings: number, spacingCm: number): Stroke[] {
  const strokes: Stroke[] = [];
  for (let r = 1; r <= rings; r++) {
    const radius = r * spacingCm;
    const steps = Math.max(8, Math.round(radius));
    for (let i = 0; i < steps; i++) {
      const a0 = (i / steps) * 2 * Math.PI;
      const a1 = ((i + 1) / steps) * 2 * Math.PI;
      strokes.push({
        from: [centre[0] + radius * Math.cos(a0), centre[1] + radius * Math.sin(a0)],
        to: [centre[0] + radius * Math.cos(a1), centre[1] + radius * Math.sin(a1)],
        tines: r % 2 === 0 ? 5 : 3,
      });
    }
  }
  return strokes;
}

describe("zen garden raker", () => {
  beforeEach(async () => {
    await raker.home();
  });

  it("rakes every stroke of a straight-line pattern", async () => {
    const lines: Stroke[] = [0, 10, 20].map((y) => ({ from: [0, y], to: [200, y], tines: 5 }));
    const count = await rakePattern(lines, { speedCmPerS: 8, signal: new AbortController().signal });
    expect(count).toBe(3);
  });

  it("generates more strokes for outer ripples", () => {
    const strokes = concentricRipples([100, 100], 3, 15);
    const inner = strokes.filter((s) => s.tines === 3).length;
    expect(strokes.length).toBeGreaterThan(inner);
  });

  it("finishes lifted after a ripple pattern", async () => {
    const strokes = concentricRipples([60, 60], 2, 10);
    const count = await rakePattern(strokes, { speedCmPerS: 5, liftBetweenStrokes: true });
    expect(count).toBe(strokes.length);
  });

  it("ends near the last stroke's end point", async () => {
    const strokes: Stroke[] = [{ from: [0, 0], to: [50, 50], tines: 7 }];
    await rakePattern(strokes, { speedCmPerS: 10 });
    expect(await raker.position()).toEqual([50, 50]);
  });
});
