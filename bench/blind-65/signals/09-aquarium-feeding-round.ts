// expect: no-swallowed-abort
// runFeedingCycle turns an AbortError into a normal 'skipped' result, so feedRound keeps driving the robot to the remaining tanks after cancellation.
export interface Tank {
  tankId: string;
  gallery: string;
  food: 'mysis' | 'pellets' | 'nori' | 'squid';
  gramsPerFeed: number;
}

export interface FeedingResult {
  tankId: string;
  status: 'fed' | 'skipped' | 'failed';
  grams: number;
  detail?: string;
}

interface FeedingRobot {
  moveTo(tankId: string, options: { signal: AbortSignal }): Promise<void>;
  openHatch(tankId: string, options: { signal: AbortSignal }): Promise<void>;
  dispense(food: Tank['food'], grams: number, options: { signal: AbortSignal }): Promise<number>;
  closeHatch(tankId: string): Promise<void>;
}

declare const keeperLog: {
  info(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, err: unknown): void;
};

export class FeedingRound {
  constructor(private readonly robot: FeedingRobot) {}

  private async runFeedingCycle(tank: Tank, signal: AbortSignal): Promise<FeedingResult> {
    try {
      await this.robot.moveTo(tank.tankId, { signal });
      await this.robot.openHatch(tank.tankId, { signal });
      try {
        const grams = await this.robot.dispense(tank.food, tank.gramsPerFeed, { signal });
        return { tankId: tank.tankId, status: 'fed', grams };
      } finally {
        await this.robot.closeHatch(tank.tankId);
      }
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        return { tankId: tank.tankId, status: 'skipped', grams: 0, detail: 'feeding round cancelled' };
      }
      keeperLog.error(`feeding failed at ${tank.tankId}`, err);
      return { tankId: tank.tankId, status: 'failed', grams: 0, detail: (err as Error).message };
    }
  }

  async feedRound(tanks: Tank[], signal: AbortSignal): Promise<FeedingResult[]> {
    const byGallery = [...tanks].sort((a, b) => a.gallery.localeCompare(b.gallery) || a.tankId.localeCompare(b.tankId));
    const results: FeedingResult[] = [];
    for (const tank of byGallery) {
      results.push(await this.runFeedingCycle(tank, signal));
    }

    const fed = results.filter((r) => r.status === 'fed');
    keeperLog.info('feeding round finished', {
      fed: fed.length,
      grams: fed.reduce((sum, r) => sum + r.grams, 0),
      failed: results.filter((r) => r.status === 'failed').map((r) => r.tankId),
    });
    return results;
  }
}

export function underfedTanks(tanks: Tank[], results: FeedingResult[], ratio = 0.8): string[] {
  const byId = new Map(results.map((r) => [r.tankId, r]));
  return tanks
    .filter((t) => {
      const r = byId.get(t.tankId);
      return !r || r.grams < t.gramsPerFeed * ratio;
    })
    .map((t) => t.tankId);
}
