// expect: none
// boot calls each async initialiser inside the Promise.all array, so all three actually run and the station waits for their results.
import { readFile } from 'node:fs/promises';

export interface SensorBus {
  scan(): Promise<string[]>;
}

export interface Uplink {
  connect(): Promise<{ sessionId: string }>;
}

export interface StationConfig {
  stationId: string;
  altitudeM: number;
  launchBearingDeg: number;
  requiredSensors: string[];
}

export interface BootResult {
  config: StationConfig;
  sensors: string[];
  sessionId: string;
}

export class WeatherStation {
  private config: StationConfig | null = null;

  constructor(
    private readonly configPath: string,
    private readonly bus: SensorBus,
    private readonly uplink: Uplink,
  ) {}

  async boot(): Promise<BootResult> {
    const [config, sensors, session] = await Promise.all([
      this.loadConfig(),
      this.discoverSensors(),
      this.uplink.connect(),
    ]);
    const missing = config.requiredSensors.filter((s) => !sensors.includes(s));
    if (missing.length > 0) {
      throw new Error(`station ${config.stationId} missing sensors: ${missing.join(', ')}`);
    }
    return { config, sensors, sessionId: session.sessionId };
  }

  get stationId(): string | undefined {
    return this.config?.stationId;
  }

  private async loadConfig(): Promise<StationConfig> {
    const parsed = JSON.parse(await readFile(this.configPath, 'utf8')) as StationConfig;
    if (parsed.launchBearingDeg < 0 || parsed.launchBearingDeg >= 360) {
      throw new Error(`invalid launch bearing ${parsed.launchBearingDeg}`);
    }
    this.config = parsed;
    return parsed;
  }

  private async discoverSensors(): Promise<string[]> {
    const found = await this.bus.scan();
    return found.map((s) => s.toLowerCase()).sort();
  }
}

export function pressureAltitude(stationAltitudeM: number, qnhHpa: number): number {
  return Math.round(stationAltitudeM + (1013.25 - qnhHpa) * 8.3);
}
