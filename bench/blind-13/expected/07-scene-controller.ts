// expect: no-uncalled-async-function
// `!this.bridge.isPaired` tests the async method reference (always truthy), so the bridge is never paired before the scene is applied.
import { EventEmitter } from 'node:events';

export interface LightState {
  on: boolean;
  brightness?: number;
  colorTempK?: number;
}

export interface Scene {
  name: string;
  lights: Record<string, LightState>;
  thermostatC?: number;
}

export interface Bridge {
  isPaired(): Promise<boolean>;
  pair(timeoutMs: number): Promise<void>;
  setLight(lightId: string, state: LightState): Promise<void>;
  setThermostat(celsius: number): Promise<void>;
}

export class SceneController extends EventEmitter {
  private activeScene: string | null = null;
  private applying: Promise<void> | null = null;

  constructor(
    private readonly bridge: Bridge,
    private readonly scenes: Map<string, Scene>,
  ) {
    super();
  }

  get current(): string | null {
    return this.activeScene;
  }

  async activate(name: string): Promise<void> {
    const scene = this.scenes.get(name);
    if (!scene) throw new Error(`unknown scene "${name}"`);

    // Wait for any scene that is still being applied so lights don't interleave.
    if (this.applying) await this.applying.catch(() => undefined);

    this.applying = this.apply(scene);
    try {
      await this.applying;
      this.activeScene = name;
      this.emit('scene-changed', name);
    } finally {
      this.applying = null;
    }
  }

  private async apply(scene: Scene): Promise<void> {
    if (!this.bridge.isPaired) {
      this.emit('pairing');
      await this.bridge.pair(30_000);
    }

    const failures: string[] = [];
    await Promise.all(
      Object.entries(scene.lights).map(async ([id, state]) => {
        try {
          await this.bridge.setLight(id, state);
        } catch {
          failures.push(id);
        }
      }),
    );

    if (scene.thermostatC !== undefined) {
      await this.bridge.setThermostat(scene.thermostatC);
    }
    if (failures.length > 0) {
      this.emit('partial', scene.name, failures);
    }
  }
}
