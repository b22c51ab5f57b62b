// expect: no-uncalled-async-function
// restore() writes `await this.stabilizeHumidity;` without calling it, so the leaf goes under the press before the chamber has reached target humidity.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ParchmentLeaf {
  catalogueId: string;
  animal: 'calf' | 'goat' | 'sheep';
  cockleScore: number;
  inkFlaking: boolean;
}

export interface RestorationLog {
  catalogueId: string;
  humidityPct: number;
  pressMinutes: number;
  consolidated: boolean;
  finishedAt: string;
}

declare const chamber: {
  open(): Promise<void>;
  seal(): Promise<void>;
  setHumidity(pct: number): Promise<void>;
  readHumidity(): Promise<number>;
};
declare const press: { flatten(catalogueId: string, minutes: number): Promise<void> };
declare const conservationDb: { append(log: RestorationLog): Promise<void> };

const TARGET_RH: Record<ParchmentLeaf['animal'], number> = { calf: 78, goat: 75, sheep: 80 };

export class HumidityChamberRestorer {
  private targetPct = 75;

  constructor(private readonly toleranceRh = 1.5) {}

  async stabilizeHumidity(): Promise<number> {
    await chamber.setHumidity(this.targetPct);
    for (let i = 0; i < 120; i++) {
      const rh = await chamber.readHumidity();
      if (Math.abs(rh - this.targetPct) <= this.toleranceRh) return rh;
      await sleep(10_000);
    }
    throw new Error(`chamber did not reach ${this.targetPct}% RH within 20 minutes`);
  }

  private pressMinutesFor(leaf: ParchmentLeaf): number {
    const base = leaf.animal === 'calf' ? 40 : 30;
    return base + Math.round(leaf.cockleScore * 6);
  }

  async restore(leaf: ParchmentLeaf): Promise<RestorationLog> {
    if (leaf.inkFlaking) {
      throw new Error(`${leaf.catalogueId}: consolidate flaking ink before humidification`);
    }
    this.targetPct = TARGET_RH[leaf.animal];

    await chamber.open();
    await chamber.seal();
    await this.stabilizeHumidity;
    const pressMinutes = this.pressMinutesFor(leaf);
    await press.flatten(leaf.catalogueId, pressMinutes);
    const humidityPct = await chamber.readHumidity();

    const log: RestorationLog = {
      catalogueId: leaf.catalogueId,
      humidityPct,
      pressMinutes,
      consolidated: false,
      finishedAt: new Date().toISOString(),
    };
    await conservationDb.append(log);
    return log;
  }

  async restoreFolio(leaves: ParchmentLeaf[]): Promise<RestorationLog[]> {
    const logs: RestorationLog[] = [];
    for (const leaf of [...leaves].sort((a, b) => b.cockleScore - a.cockleScore)) {
      logs.push(await this.restore(leaf));
    }
    return logs;
  }
}
