// expect: no-read-before-settle
// sample() reads ph and tempC right after handing the callback to the probe, before the probe has called back, so every status is built from the initial NaN values.
export interface ProbeReading {
  ph: number;
  tempC: number;
}

export interface PhProbe {
  /** Triggers a measurement on the jar's probe; the callback fires when the ADC conversion completes. */
  read(jarId: string, callback: (err: Error | null, reading?: ProbeReading) => void): void;
}

export type Stage = 'sluggish' | 'active' | 'peak' | 'over-acidified' | 'unknown';

export interface JarStatus {
  jarId: string;
  ph: number;
  tempC: number;
  stage: Stage;
  at: Date;
}

export function classifyStage(ph: number): Stage {
  if (Number.isNaN(ph)) return 'unknown';
  if (ph > 4.6) return 'sluggish';
  if (ph > 4.0) return 'active';
  if (ph >= 3.6) return 'peak';
  return 'over-acidified';
}

export class FermentationBoard {
  private readonly faults: { jarId: string; message: string; at: Date }[] = [];
  private readonly history = new Map<string, JarStatus[]>();

  constructor(private readonly probe: PhProbe) {}

  sample(jarId: string): JarStatus {
    let ph = Number.NaN;
    let tempC = Number.NaN;

    this.probe.read(jarId, (err, reading) => {
      if (err || !reading) {
        this.faults.push({ jarId, message: err?.message ?? 'no reading', at: new Date() });
        return;
      }
      ph = reading.ph;
      tempC = reading.tempC;
    });

    const status: JarStatus = { jarId, ph, tempC, stage: classifyStage(ph), at: new Date() };
    const list = this.history.get(jarId) ?? [];
    list.push(status);
    this.history.set(jarId, list.slice(-96));
    return status;
  }

  sampleAll(jarIds: string[]): JarStatus[] {
    return jarIds.map((id) => this.sample(id));
  }

  readyToBake(jarId: string): boolean {
    const recent = (this.history.get(jarId) ?? []).slice(-3);
    return recent.length === 3 && recent.every((s) => s.stage === 'peak');
  }

  recentFaults(): readonly { jarId: string; message: string; at: Date }[] {
    return this.faults;
  }
}
