// expect: no-read-before-settle
// startLine assigns settings inside settingsStore.load(...).then(...) but builds the kettle profile from settings synchronously, so the line always runs on defaults.
import { EventEmitter } from 'node:events';

export interface KettleSettings {
  kettleTempC: number;
  oilMlPerBatch: number;
  kernelGramsPerBatch: number;
  sugarGramsPerBatch: number;
  tumbleSeconds: number;
}

export interface KettleProfile {
  lineId: string;
  preheatTargetC: number;
  batchSeconds: number;
  settings: KettleSettings;
}

declare const settingsStore: { load(lineId: string): Promise<Partial<KettleSettings>> };
declare const plcBus: { program(profile: KettleProfile): void };
declare const lineLog: { warn(lineId: string, text: string, err?: unknown): void };

const DEFAULT_SETTINGS: KettleSettings = {
  kettleTempC: 232,
  oilMlPerBatch: 120,
  kernelGramsPerBatch: 450,
  sugarGramsPerBatch: 0,
  tumbleSeconds: 150,
};

function buildProfile(lineId: string, settings: KettleSettings): KettleProfile {
  // Sugar caramelises and scorches above ~240C, so sweet lines preheat a little cooler.
  const preheatTargetC = settings.sugarGramsPerBatch > 0 ? Math.min(settings.kettleTempC, 226) : settings.kettleTempC;
  const batchSeconds = settings.tumbleSeconds + Math.ceil(settings.kernelGramsPerBatch / 10);
  return { lineId, preheatTargetC, batchSeconds, settings };
}

export class KettleLine extends EventEmitter {
  private batches = 0;

  constructor(readonly profile: KettleProfile) {
    super();
  }

  recordBatch(poppedGrams: number): void {
    this.batches += 1;
    const expected = this.profile.settings.kernelGramsPerBatch * 0.98;
    if (poppedGrams < expected * 0.9) {
      this.emit('low-yield', { batch: this.batches, poppedGrams, expected });
    }
  }

  batchCount(): number {
    return this.batches;
  }
}

export function startLine(lineId: string, overrides: Partial<KettleSettings> = {}): KettleLine {
  let settings: KettleSettings = { ...DEFAULT_SETTINGS, ...overrides };
  settingsStore.load(lineId).then(
    (stored) => {
      settings = { ...DEFAULT_SETTINGS, ...stored, ...overrides };
    },
    (err) => lineLog.warn(lineId, 'using default kettle settings', err),
  );

  const profile = buildProfile(lineId, settings);
  plcBus.program(profile);
  const line = new KettleLine(profile);
  line.on('low-yield', (info: { batch: number; poppedGrams: number }) => {
    lineLog.warn(lineId, `batch ${info.batch} popped only ${info.poppedGrams}g; check kernel moisture`);
  });
  return line;
}
