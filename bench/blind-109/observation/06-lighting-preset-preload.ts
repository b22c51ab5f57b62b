// expect: no-unchecked-settled-results
// preloadScene collects Promise.allSettled results but only counts them, so fixtures that failed to store the preset are never noticed and the scene is reported as armed even though those fixtures will stay dark on GO.
import { EventEmitter } from 'node:events';

export interface FixturePreset {
  channel: number;
  intensity: number;
  colour?: { r: number; g: number; b: number };
  pan?: number;
  tilt?: number;
}

export interface Fixture {
  readonly address: number;
  readonly model: string;
  storePreset(slot: number, preset: FixturePreset): Promise<void>;
}

export interface Scene {
  name: string;
  slot: number;
  presets: FixturePreset[];
}

export class ScenePreloader extends EventEmitter {
  private readonly armed = new Map<string, number>();

  constructor(private readonly rig: Map<number, Fixture>) {
    super();
  }

  isArmed(scene: string): boolean {
    return this.armed.has(scene);
  }

  async preloadScene(scene: Scene): Promise<number> {
    const targets = scene.presets.filter((preset) => this.rig.has(preset.channel));
    const unknown = scene.presets.length - targets.length;
    if (unknown > 0) {
      this.emit('warning', `${scene.name}: ${unknown} presets address channels not in the rig`);
    }

    const results = await Promise.allSettled(
      targets.map((preset) => this.rig.get(preset.channel)!.storePreset(scene.slot, clampPreset(preset))),
    );

    this.armed.set(scene.name, scene.slot);
    this.emit('armed', { scene: scene.name, slot: scene.slot, fixtures: results.length });
    return results.length;
  }
}

export function clampPreset(preset: FixturePreset): FixturePreset {
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(v)));
  return {
    channel: preset.channel,
    intensity: clamp(preset.intensity, 255),
    colour: preset.colour && {
      r: clamp(preset.colour.r, 255),
      g: clamp(preset.colour.g, 255),
      b: clamp(preset.colour.b, 255),
    },
    pan: preset.pan === undefined ? undefined : clamp(preset.pan, 540),
    tilt: preset.tilt === undefined ? undefined : clamp(preset.tilt, 270),
  };
}

export async function preloadShow(preloader: ScenePreloader, scenes: Scene[]): Promise<string[]> {
  const armed: string[] = [];
  for (const scene of scenes) {
    await preloader.preloadScene(scene);
    armed.push(scene.name);
  }
  return armed;
}
