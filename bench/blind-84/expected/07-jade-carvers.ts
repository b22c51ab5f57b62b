// expect: none
// Sharing one in-flight catalog promise between concurrent callers is intentional de-duplication, it is cleared on failure so the next caller starts afresh, and retry() calls its factory for every attempt.
import { setTimeout as sleep } from "node:timers/promises";

export interface JadeBlock {
  id: string;
  kind: "nephrite" | "jadeite";
  colour: string;
  weightKg: number;
  translucency: 1 | 2 | 3 | 4 | 5;
}

export interface Commission {
  id: string;
  motif: "dragon" | "cicada" | "bi-disc" | "cabbage";
  minWeightKg: number;
  kind: JadeBlock["kind"];
}

declare const stoneYard: {
  fetchCatalog(): Promise<JadeBlock[]>;
  reserve(blockId: string, commissionId: string): Promise<{ reservationId: string }>;
};

export async function retry<T>(op: () => Promise<T>, attempts: number, baseDelayMs = 200): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      if (attempt >= attempts) throw err;
      await sleep(baseDelayMs * attempt);
    }
  }
}

export class JadeWorkshop {
  private catalog: Promise<JadeBlock[]> | undefined;
  private readonly reserved = new Set<string>();

  private getCatalog(): Promise<JadeBlock[]> {
    if (this.catalog === undefined) {
      const loading = retry(() => stoneYard.fetchCatalog(), 3);
      loading.catch(() => {
        this.catalog = undefined;
      });
      this.catalog = loading;
    }
    return this.catalog;
  }

  invalidateCatalog(): void {
    this.catalog = undefined;
  }

  async pickBlock(commission: Commission): Promise<JadeBlock | undefined> {
    const blocks = await this.getCatalog();
    return blocks
      .filter((b) => b.kind === commission.kind && b.weightKg >= commission.minWeightKg && !this.reserved.has(b.id))
      .sort((a, b) => b.translucency - a.translucency || a.weightKg - b.weightKg)[0];
  }

  async assign(commissions: Commission[]): Promise<Map<string, string>> {
    const assignments = new Map<string, string>();
    for (const commission of commissions) {
      const block = await this.pickBlock(commission);
      if (!block) continue;
      const { reservationId } = await retry(() => stoneYard.reserve(block.id, commission.id), 2);
      this.reserved.add(block.id);
      assignments.set(commission.id, reservationId);
    }
    return assignments;
  }
}
