// expect: no-promise-as-value
// bug: `scale.readGrams()` is async, but its promise is placed in the published payload, so every grade message carries `weightGrams: {}` after JSON serialisation.
export type BulbGrade = '12+' | '11/12' | '10/11' | '9/10' | 'reject';

export interface GradedBulb {
  trayId: string;
  position: number;
  cultivar: string;
  circumferenceCm: number;
  grade: BulbGrade;
}

declare const scale: {
  readGrams(trayId: string, position: number): Promise<number>;
};

declare const bus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

declare const cultivarRegistry: {
  expectedWeightRange(cultivar: string): Promise<[number, number]>;
};

export function gradeFor(circumferenceCm: number, damaged: boolean): BulbGrade {
  if (damaged) return 'reject';
  if (circumferenceCm >= 12) return '12+';
  if (circumferenceCm >= 11) return '11/12';
  if (circumferenceCm >= 10) return '10/11';
  if (circumferenceCm >= 9) return '9/10';
  return 'reject';
}

export class GradeExporter {
  private published = 0;

  constructor(private readonly line: string) {}

  async exportBulb(bulb: GradedBulb): Promise<void> {
    await bus.publish(`grading.${this.line}.bulbs`, {
      trayId: bulb.trayId,
      position: bulb.position,
      cultivar: bulb.cultivar,
      circumferenceCm: bulb.circumferenceCm,
      grade: bulb.grade,
      weightGrams: scale.readGrams(bulb.trayId, bulb.position),
      gradedAt: new Date().toISOString(),
    });
    this.published += 1;
  }

  async exportTray(trayId: string, bulbs: GradedBulb[]): Promise<{ exported: number; rejects: number }> {
    const mine = bulbs.filter((b) => b.trayId === trayId).sort((a, b) => a.position - b.position);
    let rejects = 0;
    for (const bulb of mine) {
      await this.exportBulb(bulb);
      if (bulb.grade === 'reject') rejects += 1;
    }
    await bus.publish(`grading.${this.line}.trays`, { trayId, exported: mine.length, rejects });
    return { exported: mine.length, rejects };
  }

  async checkWeight(bulb: GradedBulb): Promise<'light' | 'ok' | 'heavy'> {
    const [[min, max], grams] = await Promise.all([
      cultivarRegistry.expectedWeightRange(bulb.cultivar),
      scale.readGrams(bulb.trayId, bulb.position),
    ]);
    if (grams < min) return 'light';
    if (grams > max) return 'heavy';
    return 'ok';
  }

  get count(): number {
    return this.published;
  }
}
