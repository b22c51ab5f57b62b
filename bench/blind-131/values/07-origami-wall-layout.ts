// expect: none
// The cache lookup falls back with ?? to the awaited result of loadLayout, and only resolved layouts are serialised into the hanging plan.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface WallLayout {
  wallId: string;
  widthCm: number;
  hooks: Array<{ xCm: number; yCm: number; pieceId: string }>;
}

export interface HangingPlan {
  exhibition: string;
  generatedAt: string;
  walls: WallLayout[];
  hookCount: number;
}

export class LayoutRepository {
  private readonly cache = new Map<string, WallLayout>();

  constructor(private readonly layoutDir: string) {}

  private async loadLayout(wallId: string): Promise<WallLayout> {
    const raw = await readFile(join(this.layoutDir, `${wallId}.json`), 'utf8');
    const layout = JSON.parse(raw) as WallLayout;
    if (layout.wallId !== wallId) throw new Error(`layout file for ${wallId} describes ${layout.wallId}`);
    this.cache.set(wallId, layout);
    return layout;
  }

  async getLayout(wallId: string): Promise<WallLayout> {
    return this.cache.get(wallId) ?? (await this.loadLayout(wallId));
  }

  invalidate(wallId: string): void {
    this.cache.delete(wallId);
  }
}

export async function exportHangingPlan(
  repo: LayoutRepository,
  exhibition: string,
  wallIds: string[],
  outFile: string,
): Promise<HangingPlan> {
  const walls: WallLayout[] = [];
  for (const id of wallIds) {
    walls.push(await repo.getLayout(id));
  }
  const plan: HangingPlan = {
    exhibition,
    generatedAt: new Date().toISOString(),
    walls,
    hookCount: walls.reduce((n, w) => n + w.hooks.length, 0),
  };
  await writeFile(outFile, JSON.stringify(plan, null, 2), 'utf8');
  return plan;
}

export function overlappingHooks(layout: WallLayout, minGapCm = 25): Array<[string, string]> {
  const sorted = [...layout.hooks].sort((a, b) => a.xCm - b.xCm);
  const out: Array<[string, string]> = [];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (cur.xCm - prev.xCm < minGapCm && Math.abs(cur.yCm - prev.yCm) < minGapCm) out.push([prev.pieceId, cur.pieceId]);
  }
  return out;
}
