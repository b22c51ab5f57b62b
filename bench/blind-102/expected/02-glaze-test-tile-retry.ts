// expect: none
// Each retry iteration calls this.spectro.measure(tile) again, creating a fresh promise per attempt, so a transient colorimeter glitch is genuinely retried rather than re-reading the first failure.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TestTile {
  id: string;
  glaze: string;
  cone: number;
}

export interface LabColor {
  L: number;
  a: number;
  b: number;
}

interface Spectrophotometer {
  measure(tile: TestTile): Promise<LabColor>;
}

export class TransientReadError extends Error {
  override readonly name = 'TransientReadError';
}

function deltaE(x: LabColor, y: LabColor): number {
  return Math.hypot(x.L - y.L, x.a - y.a, x.b - y.b);
}

export class GlazeColorCheck {
  constructor(
    private readonly spectro: Spectrophotometer,
    private readonly attempts = 4,
    private readonly backoffMs = 250,
  ) {}

  async measureWithRetry(tile: TestTile): Promise<LabColor> {
    let lastError: unknown;
    for (let attempt = 0; attempt < this.attempts; attempt++) {
      try {
        return await this.spectro.measure(tile);
      } catch (err) {
        if (!(err instanceof TransientReadError)) throw err;
        lastError = err;
        await sleep(this.backoffMs * 2 ** attempt);
      }
    }
    throw new Error(`tile ${tile.id} unreadable after ${this.attempts} attempts`, { cause: lastError });
  }

  async matchesReference(tile: TestTile, reference: LabColor, tolerance = 2.3): Promise<boolean> {
    const color = await this.measureWithRetry(tile);
    return deltaE(color, reference) <= tolerance;
  }

  async sortTiles(tiles: TestTile[], reference: LabColor): Promise<{ pass: string[]; fail: string[] }> {
    const pass: string[] = [];
    const fail: string[] = [];
    for (const tile of tiles) {
      (await this.matchesReference(tile, reference) ? pass : fail).push(tile.id);
    }
    return { pass, fail };
  }
}
