// expect: none
// The restoration steps are method references bound into zero-argument task functions and handed to a runner that calls each one, which is exactly what runSteps expects.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MapSheet {
  id: string;
  paper: 'rag' | 'wood-pulp' | 'vellum';
  phBefore: number;
  tears: number;
  flaking: boolean;
}

export interface ConservationLab {
  wash(sheetId: string, bath: 'deionised' | 'calcium-bicarbonate'): Promise<void>;
  measurePh(sheetId: string): Promise<number>;
  guard(sheetId: string, tears: number): Promise<void>;
  consolidate(sheetId: string, medium: 'isinglass' | 'klucel-g'): Promise<void>;
  press(sheetId: string, hours: number): Promise<void>;
}

export type Step = () => Promise<void>;

export async function runSteps(steps: readonly Step[], onStep?: (index: number) => void): Promise<void> {
  for (const [i, step] of steps.entries()) {
    await step();
    onStep?.(i);
  }
}

export class RestorationPlan {
  constructor(private readonly lab: ConservationLab, private readonly settleMs = 500) {}

  private async deacidify(sheet: MapSheet): Promise<void> {
    if (sheet.paper === 'vellum') return;
    await this.lab.wash(sheet.id, sheet.phBefore < 5.5 ? 'calcium-bicarbonate' : 'deionised');
    const ph = await this.lab.measurePh(sheet.id);
    if (ph < 6.5) throw new Error(`sheet ${sheet.id} still acidic after wash (pH ${ph})`);
  }

  private async mendTears(sheet: MapSheet): Promise<void> {
    if (sheet.tears > 0) await this.lab.guard(sheet.id, sheet.tears);
  }

  private async consolidatePigment(sheet: MapSheet): Promise<void> {
    if (!sheet.flaking) return;
    await this.lab.consolidate(sheet.id, sheet.paper === 'vellum' ? 'isinglass' : 'klucel-g');
    await sleep(this.settleMs);
  }

  private async flatten(sheet: MapSheet): Promise<void> {
    await this.lab.press(sheet.id, sheet.paper === 'vellum' ? 48 : 24);
  }

  async restore(sheet: MapSheet, log: (msg: string) => void = () => {}): Promise<void> {
    const steps = [this.deacidify, this.mendTears, this.consolidatePigment, this.flatten];
    const names = ['deacidify', 'mend tears', 'consolidate pigment', 'flatten'];
    await runSteps(
      steps.map((step) => step.bind(this, sheet)),
      (i) => log(`${sheet.id}: ${names[i]} done`),
    );
  }
}
