// expect: no-read-before-settle
// zeroOffsetKg is set by the 'calibrated' event listener, but attach() reads it synchronously right after requesting calibration, so the baseline always uses 0.
export interface RigChannel extends EventTarget {
  readonly rigId: string;
  requestCalibration(): void;
  rawLoadKg(): number;
}

export interface LiftStage {
  name: string;
  heightM: number;
  maxKg: number;
}

export type LoadSample = { at: number; kg: number };

declare const ringmasterConsole: { warn(text: string): void; status(text: string): void };

export class HoistMonitor {
  private zeroOffsetKg = 0;
  private baselineKg = 0;
  private readonly samples: LoadSample[] = [];
  private channel: RigChannel | undefined;

  attach(channel: RigChannel): void {
    this.channel = channel;
    channel.addEventListener(
      'calibrated',
      (event) => {
        this.zeroOffsetKg = (event as CustomEvent<{ offsetKg: number }>).detail.offsetKg;
      },
      { once: true },
    );
    channel.addEventListener('load', (event) => {
      const kg = (event as CustomEvent<number>).detail - this.zeroOffsetKg;
      this.samples.push({ at: Date.now(), kg });
      if (this.samples.length > 600) this.samples.shift();
    });

    channel.requestCalibration();
    this.baselineKg = channel.rawLoadKg() - this.zeroOffsetKg;
    ringmasterConsole.status(`${channel.rigId}: baseline ${this.baselineKg.toFixed(1)}kg`);
  }

  liveLoadKg(): number {
    const last = this.samples[this.samples.length - 1];
    return last ? last.kg - this.baselineKg : 0;
  }

  peakSince(ms: number): number {
    const cutoff = Date.now() - ms;
    return this.samples.filter((s) => s.at >= cutoff).reduce((max, s) => Math.max(max, s.kg - this.baselineKg), 0);
  }

  checkStage(stage: LiftStage): { ok: boolean; loadKg: number } {
    if (!this.channel) throw new Error('Hoist monitor not attached to a rig');
    const loadKg = this.liveLoadKg();
    const ok = loadKg <= stage.maxKg;
    if (!ok) {
      ringmasterConsole.warn(`${this.channel.rigId} over limit at ${stage.name}: ${loadKg.toFixed(0)}kg of ${stage.maxKg}kg`);
    } else if (loadKg > stage.maxKg * 0.85) {
      ringmasterConsole.warn(`${this.channel.rigId} near limit at ${stage.name}`);
    }
    return { ok, loadKg };
  }
}

export function stagesForAct(act: 'trapeze' | 'aerial-silk' | 'cloud-swing'): LiftStage[] {
  switch (act) {
    case 'trapeze':
      return [
        { name: 'bar rigging', heightM: 12, maxKg: 400 },
        { name: 'catcher cradle', heightM: 11, maxKg: 650 },
      ];
    case 'aerial-silk':
      return [{ name: 'silk point', heightM: 9, maxKg: 300 }];
    case 'cloud-swing':
      return [{ name: 'swing anchors', heightM: 8, maxKg: 500 }];
  }
}
