// expect: none
// Correct: `cache.get(id) ?? this.load(id)` chooses between two promises of the same type and is awaited, and `if (pending)` tests whether an in-flight promise exists, not its result.
interface HorseProfile {
  horseId: string;
  withersWidthCm: number;
  backLengthCm: number;
  shoulderAngleDeg: number;
}

interface FittingResult {
  horseId: string;
  treeWidth: 'narrow' | 'medium' | 'medium-wide' | 'wide' | 'extra-wide';
  panelShimsMm: number;
  seatSizeIn: number;
  measuredAt: number;
}

declare const fittingService: { measure(horseId: string): Promise<HorseProfile> };
declare const riders: { seatSizeFor(riderId: string): Promise<number> };

function treeWidthFor(withersWidthCm: number): FittingResult['treeWidth'] {
  if (withersWidthCm < 18) return 'narrow';
  if (withersWidthCm < 20) return 'medium';
  if (withersWidthCm < 22) return 'medium-wide';
  if (withersWidthCm < 24) return 'wide';
  return 'extra-wide';
}

export class FittingCache {
  private readonly cache = new Map<string, Promise<HorseProfile>>();
  private refreshing: Promise<void> | undefined;

  constructor(private readonly maxAgeMs = 30 * 86_400_000) {}

  private load(horseId: string): Promise<HorseProfile> {
    const p = fittingService.measure(horseId);
    this.cache.set(horseId, p);
    p.catch(() => {
      if (this.cache.get(horseId) === p) this.cache.delete(horseId);
    });
    return p;
  }

  async fit(horseId: string, riderId: string): Promise<FittingResult> {
    const [profile, seatSizeIn] = await Promise.all([
      this.cache.get(horseId) ?? this.load(horseId),
      riders.seatSizeFor(riderId),
    ]);
    const shims = profile.shoulderAngleDeg > 100 ? 6 : profile.shoulderAngleDeg > 95 ? 3 : 0;
    const maxSeat = profile.backLengthCm < 50 ? 17 : 18;
    return {
      horseId,
      treeWidth: treeWidthFor(profile.withersWidthCm),
      panelShimsMm: shims,
      seatSizeIn: Math.min(seatSizeIn, maxSeat),
      measuredAt: Date.now(),
    };
  }

  refreshAll(): Promise<void> {
    const pending = this.refreshing;
    if (pending) return pending;
    const ids = [...this.cache.keys()];
    const run = Promise.all(ids.map((id) => this.load(id))).then(
      () => undefined,
      (err: unknown) => {
        console.warn('some fittings could not be re-measured', err);
      },
    );
    this.refreshing = run.finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  needsRefit(previous: FittingResult, now = Date.now()): boolean {
    return now - previous.measuredAt > this.maxAgeMs;
  }
}
