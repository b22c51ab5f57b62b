// expect: none
// Every async lookup is awaited before its value is interpolated into the report or compared, so the text contains real numbers.
export interface GroomingPass {
  unitId: string;
  piste: string;
  startedAt: string;
  finishedAt: string;
  areaM2: number;
}

export interface GroomingStore {
  passesForNight(night: string): Promise<GroomingPass[]>;
  fuelUsedLitres(night: string): Promise<number>;
  operatorFor(unitId: string, night: string): Promise<string | undefined>;
}

export interface Notifier {
  post(channel: string, text: string): Promise<void>;
}

function hours(pass: GroomingPass): number {
  return (Date.parse(pass.finishedAt) - Date.parse(pass.startedAt)) / 3_600_000;
}

export class NightReport {
  constructor(private readonly store: GroomingStore, private readonly notifier: Notifier) {}

  async compose(night: string): Promise<string> {
    const passes = await this.store.passesForNight(night);
    const fuel = await this.store.fuelUsedLitres(night);

    const byUnit = new Map<string, GroomingPass[]>();
    for (const pass of passes) {
      const list = byUnit.get(pass.unitId) ?? [];
      list.push(pass);
      byUnit.set(pass.unitId, list);
    }

    const lines: string[] = [];
    for (const [unitId, unitPasses] of byUnit) {
      const operator = (await this.store.operatorFor(unitId, night)) ?? 'unassigned';
      const area = unitPasses.reduce((sum, p) => sum + p.areaM2, 0);
      const time = unitPasses.reduce((sum, p) => sum + hours(p), 0);
      lines.push(`${unitId} (${operator}): ${unitPasses.length} passes, ${(area / 10_000).toFixed(1)} ha in ${time.toFixed(1)} h`);
    }

    const totalArea = passes.reduce((sum, p) => sum + p.areaM2, 0);
    const litresPerHa = totalArea > 0 ? fuel / (totalArea / 10_000) : 0;
    return [
      `Grooming report for ${night}`,
      ...lines,
      `Fuel: ${fuel.toFixed(0)} L (${litresPerHa.toFixed(1)} L/ha)`,
    ].join('\n');
  }

  async publish(night: string, channel = '#piste-ops'): Promise<void> {
    const text = await this.compose(night);
    if (text.split('\n').length === 2) {
      await this.notifier.post(channel, `No grooming recorded for ${night}.`);
      return;
    }
    await this.notifier.post(channel, text);
  }
}
