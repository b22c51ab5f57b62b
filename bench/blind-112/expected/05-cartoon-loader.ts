// expect: none
// Sharing one in-flight promise per cartoon is intentional memoisation, and a rejected load is evicted from the cache so the next request calls fetchCartoon again instead of reusing the failure.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Cartoon {
  windowId: string;
  widthMm: number;
  heightMm: number;
  pieces: Array<{ id: number; colour: string; areaMm2: number }>;
  leadLines: number;
}

export interface CartoonSource {
  fetchCartoon(windowId: string): Promise<string>;
}

function parseCartoon(windowId: string, raw: string): Cartoon {
  const data = JSON.parse(raw) as Omit<Cartoon, 'windowId'>;
  if (!Array.isArray(data.pieces) || data.pieces.length === 0) {
    throw new Error(`cartoon for ${windowId} has no cut pieces`);
  }
  return { windowId, ...data };
}

export class CartoonLoader {
  private readonly inflight = new Map<string, Promise<Cartoon>>();

  constructor(
    private readonly source: CartoonSource,
    private readonly localDir?: string,
  ) {}

  load(windowId: string): Promise<Cartoon> {
    const existing = this.inflight.get(windowId);
    if (existing) return existing;

    const loading = this.loadUncached(windowId);
    this.inflight.set(windowId, loading);
    loading.catch(() => {
      if (this.inflight.get(windowId) === loading) this.inflight.delete(windowId);
    });
    return loading;
  }

  private async loadUncached(windowId: string): Promise<Cartoon> {
    if (this.localDir) {
      try {
        return parseCartoon(windowId, await readFile(join(this.localDir, `${windowId}.json`), 'utf8'));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    return parseCartoon(windowId, await this.source.fetchCartoon(windowId));
  }

  async glassByColour(windowId: string): Promise<Map<string, number>> {
    const cartoon = await this.load(windowId);
    const totals = new Map<string, number>();
    for (const piece of cartoon.pieces) {
      totals.set(piece.colour, (totals.get(piece.colour) ?? 0) + piece.areaMm2);
    }
    return totals;
  }

  invalidate(windowId: string): void {
    this.inflight.delete(windowId);
  }
}
