// expect: no-promise-as-value
// The console banner interpolates this.firmwareVersion(rig.id), an async method, so the operators see "[object Promise]" instead of the firmware version.
export interface LightingRig {
  id: string;
  truss: 'upstage' | 'downstage' | 'balcony';
  fixtures: number;
}

export interface Scene {
  name: string;
  intensity: number;
  colorTempK: number;
  fadeSeconds: number;
}

declare const rigController: {
  queryFirmware(rigId: string): Promise<{ version: string; buildDate: string }>;
  applyScene(rigId: string, scene: Scene): Promise<void>;
  status(rigId: string): Promise<{ online: boolean; lampHours: number }>;
};

declare const operatorConsole: {
  display(line: string): Promise<void>;
  alarm(line: string): Promise<void>;
};

const LAMP_SERVICE_HOURS = 1500;

export class BallroomSceneRunner {
  private readonly firmwareCache = new Map<string, string>();

  constructor(private readonly rigs: readonly LightingRig[]) {}

  private async firmwareVersion(rigId: string): Promise<string> {
    const cached = this.firmwareCache.get(rigId);
    if (cached) return cached;
    const { version } = await rigController.queryFirmware(rigId);
    this.firmwareCache.set(rigId, version);
    return version;
  }

  private clampScene(rig: LightingRig, scene: Scene): Scene {
    const maxIntensity = rig.truss === 'balcony' ? 0.8 : 1;
    return {
      ...scene,
      intensity: Math.min(scene.intensity, maxIntensity),
      colorTempK: Math.min(6500, Math.max(2200, scene.colorTempK)),
    };
  }

  async runScene(scene: Scene): Promise<string[]> {
    const applied: string[] = [];
    for (const rig of this.rigs) {
      const status = await rigController.status(rig.id);
      if (!status.online) {
        await operatorConsole.alarm(`rig ${rig.id} on ${rig.truss} truss is offline; skipping "${scene.name}"`);
        continue;
      }
      if (status.lampHours > LAMP_SERVICE_HOURS) {
        await operatorConsole.alarm(`rig ${rig.id} lamps at ${status.lampHours}h, schedule service`);
      }

      const clamped = this.clampScene(rig, scene);
      await rigController.applyScene(rig.id, clamped);
      await operatorConsole.display(
        `${scene.name} -> ${rig.id} (${rig.fixtures} fixtures, fw ${this.firmwareVersion(rig.id)}) ` +
          `at ${Math.round(clamped.intensity * 100)}% / ${clamped.colorTempK}K over ${clamped.fadeSeconds}s`,
      );
      applied.push(rig.id);
    }
    return applied;
  }

  async runCueList(scenes: readonly Scene[], holdMs: number): Promise<void> {
    for (const scene of scenes) {
      await this.runScene(scene);
      await new Promise<void>((resolve) => setTimeout(resolve, holdMs + scene.fadeSeconds * 1000));
    }
  }
}
