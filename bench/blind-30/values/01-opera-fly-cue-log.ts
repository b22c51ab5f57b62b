// expect: no-promise-as-value
// The safety log line interpolates this.lineSetLabel(...) without await, so the show record says "[object Promise]" instead of the batten name.
import { EventEmitter } from 'node:events';

export interface FlyCue {
  number: string;
  lineSet: number;
  trimMm: number;
  speedMmS: number;
  standbyCalledAt: number | null;
}

export interface LineSetInfo {
  lineSet: number;
  label: string;
  armourKg: number;
  loadKg: number;
}

interface RiggingPlot {
  lineSet(lineSet: number): Promise<LineSetInfo>;
}

interface AutomationDesk extends EventEmitter {
  go(lineSet: number, trimMm: number, speedMmS: number): Promise<{ finalMm: number; peakLoadKg: number }>;
}

declare const showReport: {
  append(production: string, line: string): Promise<void>;
};

const MAX_SPEED_OVER_PEOPLE_MM_S = 300;
const IMBALANCE_LIMIT_KG = 25;

export class FlyCueRunner {
  private readonly labels = new Map<number, string>();

  constructor(
    private readonly production: string,
    private readonly plot: RiggingPlot,
    private readonly desk: AutomationDesk,
  ) {}

  private async lineSetLabel(lineSet: number): Promise<string> {
    const cached = this.labels.get(lineSet);
    if (cached) return cached;
    const info = await this.plot.lineSet(lineSet);
    this.labels.set(lineSet, info.label);
    return info.label;
  }

  async checkBalance(cue: FlyCue): Promise<void> {
    const info = await this.plot.lineSet(cue.lineSet);
    const imbalance = Math.abs(info.armourKg - info.loadKg);
    if (imbalance > IMBALANCE_LIMIT_KG) {
      throw new Error(`line set ${cue.lineSet} (${info.label}) out of weight by ${imbalance}kg`);
    }
  }

  async run(cue: FlyCue, peopleOnStage: boolean): Promise<number> {
    if (cue.standbyCalledAt === null) {
      throw new Error(`fly cue ${cue.number} was not put on standby`);
    }
    const speed = peopleOnStage ? Math.min(cue.speedMmS, MAX_SPEED_OVER_PEOPLE_MM_S) : cue.speedMmS;
    await this.checkBalance(cue);

    const { finalMm, peakLoadKg } = await this.desk.go(cue.lineSet, cue.trimMm, speed);
    const line =
      `FQ ${cue.number} LS${cue.lineSet} ${this.lineSetLabel(cue.lineSet)} ` +
      `-> ${finalMm}mm @ ${speed}mm/s, peak ${peakLoadKg.toFixed(1)}kg` +
      (speed < cue.speedMmS ? ' (speed limited: performers on stage)' : '');
    await showReport.append(this.production, line);
    return finalMm;
  }

  async runSequence(cues: FlyCue[], peopleOnStage: boolean): Promise<Map<string, number>> {
    const finals = new Map<string, number>();
    for (const cue of cues) {
      finals.set(cue.number, await this.run(cue, peopleOnStage));
    }
    return finals;
  }
}
