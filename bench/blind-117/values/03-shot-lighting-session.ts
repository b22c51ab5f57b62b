// expect: no-read-before-settle
// beginShot assigns this.lighting inside a then() callback and reads it synchronously on the next line, so the exposure is computed from the previous shot's preset (or the default).
import { EventEmitter } from 'node:events';

export interface LightingPreset {
  setId: string;
  keyLux: number;
  fillRatio: number;
  colorTempK: number;
}

export interface ShotPlan {
  shotId: string;
  setId: string;
  frames: number;
  onesOrTwos: 1 | 2;
}

export interface Exposure {
  shutterS: number;
  aperture: number;
  iso: number;
}

export interface PresetLoader {
  loadLighting(setId: string): Promise<LightingPreset>;
}

export interface ShotState {
  shotId: string;
  exposure: Exposure;
  capturesNeeded: number;
  startedAt: number;
}

const DEFAULT_EXPOSURE: Exposure = { shutterS: 1 / 4, aperture: 8, iso: 100 };

function exposureFor(preset: LightingPreset): Exposure {
  const ev = Math.log2(preset.keyLux / 2.5);
  const shutterS = Math.min(1, Math.max(1 / 60, 2 ** -(ev - 6)));
  return { shutterS, aperture: preset.fillRatio > 3 ? 5.6 : 8, iso: 100 };
}

export class ShotLightingSession extends EventEmitter {
  private lighting?: LightingPreset;
  private current?: ShotState;
  private readonly history: ShotState[] = [];

  constructor(private readonly presets: PresetLoader) {
    super();
  }

  beginShot(plan: ShotPlan): ShotState {
    if (this.current) {
      this.history.push(this.current);
    }

    this.presets.loadLighting(plan.setId).then(
      (preset) => {
        this.lighting = preset;
      },
      (err: unknown) => this.emit('error', err),
    );

    const exposure = this.lighting ? exposureFor(this.lighting) : DEFAULT_EXPOSURE;
    this.current = {
      shotId: plan.shotId,
      exposure,
      capturesNeeded: Math.ceil(plan.frames / plan.onesOrTwos),
      startedAt: Date.now(),
    };
    this.emit('shot-started', this.current);
    return this.current;
  }

  endShot(): ShotState | undefined {
    const finished = this.current;
    if (finished) this.history.push(finished);
    this.current = undefined;
    return finished;
  }

  completedShots(): readonly ShotState[] {
    return this.history;
  }
}
