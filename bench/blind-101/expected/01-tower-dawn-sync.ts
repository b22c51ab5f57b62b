// expect: no-uncalled-async-function
// dawnSync() puts this.syncCameraPresets into Promise.all without calling it, so Promise.all resolves immediately with the function object, the camera presets are never pushed, and the towers start the day pointed at yesterday's bearings.
export interface TowerApi {
  putCameraPresets(towerId: string, presets: number[]): Promise<void>;
  putWeatherThresholds(towerId: string, thresholds: { humidity: number; windKph: number }): Promise<void>;
  acknowledge(towerId: string, message: string): Promise<void>;
}

export interface TowerPlan {
  towerId: string;
  presetsDeg: number[];
  humidityAlarm: number;
  windAlarmKph: number;
}

export class DawnSync {
  private lastRun: Date | undefined;

  constructor(
    private readonly api: TowerApi,
    private readonly plans: TowerPlan[],
  ) {}

  private syncCameraPresets = async (): Promise<void> => {
    for (const plan of this.plans) {
      const presets = [...new Set(plan.presetsDeg.map((d) => ((Math.round(d) % 360) + 360) % 360))].sort((a, b) => a - b);
      await this.api.putCameraPresets(plan.towerId, presets);
    }
  };

  private async syncWeather(): Promise<void> {
    for (const plan of this.plans) {
      await this.api.putWeatherThresholds(plan.towerId, {
        humidity: plan.humidityAlarm,
        windKph: plan.windAlarmKph,
      });
    }
  }

  async dawnSync(): Promise<void> {
    await Promise.all([this.syncCameraPresets, this.syncWeather()]);
    this.lastRun = new Date();
    for (const plan of this.plans) {
      await this.api.acknowledge(plan.towerId, `Dawn sync complete at ${this.lastRun.toISOString()}`);
    }
  }

  status(): string {
    return this.lastRun ? `last dawn sync ${this.lastRun.toLocaleTimeString()}` : 'dawn sync has not run';
  }
}

export function scheduleDawnSync(sync: DawnSync, at: { hour: number; minute: number }): NodeJS.Timeout {
  const now = new Date();
  const next = new Date(now);
  next.setHours(at.hour, at.minute, 0, 0);
  if (next <= now) next.setDate(next.getDate() + 1);
  return setTimeout(() => {
    sync.dawnSync().catch((err: unknown) => console.error('[dawn-sync] failed', err));
  }, next.getTime() - now.getTime());
}
