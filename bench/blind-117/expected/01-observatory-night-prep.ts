// expect: none
// Every startup step handed to Promise.all is invoked, so the array holds the promises of the catalog load, dome check and camera cooldown rather than the functions themselves.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CometEntry {
  designation: string;
  perihelion: string;
  magnitude: number;
}

export interface DomeController {
  shutterOpen(): Promise<boolean>;
  rainSensorDry(): Promise<boolean>;
}

export interface CcdCamera {
  setpointC: number;
  sensorTempC(): Promise<number>;
  enableCooler(setpointC: number): Promise<void>;
}

export interface NightPlan {
  station: string;
  targets: CometEntry[];
  cameraTempC: number;
}

async function loadCatalog(path: string, maxMagnitude: number): Promise<CometEntry[]> {
  const entries = JSON.parse(await readFile(path, 'utf8')) as CometEntry[];
  return entries.filter((e) => e.magnitude <= maxMagnitude).sort((a, b) => a.magnitude - b.magnitude);
}

async function checkDome(dome: DomeController): Promise<void> {
  const [open, dry] = await Promise.all([dome.shutterOpen(), dome.rainSensorDry()]);
  if (!dry) throw new Error('Rain sensor wet; keeping dome closed');
  if (!open) throw new Error('Dome shutter did not open');
}

async function cooldown(camera: CcdCamera, toleranceC = 0.5, maxWaitMs = 10 * 60_000): Promise<number> {
  await camera.enableCooler(camera.setpointC);
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const temp = await camera.sensorTempC();
    if (Math.abs(temp - camera.setpointC) <= toleranceC) return temp;
    if (Date.now() > deadline) throw new Error(`Camera stuck at ${temp}°C`);
    await sleep(15_000);
  }
}

export class ObservatoryNightPrep {
  constructor(
    private readonly station: string,
    private readonly catalogPath: string,
    private readonly dome: DomeController,
    private readonly camera: CcdCamera,
  ) {}

  async prepare(maxMagnitude = 14): Promise<NightPlan> {
    const [targets, , cameraTempC] = await Promise.all([
      loadCatalog(this.catalogPath, maxMagnitude),
      checkDome(this.dome),
      cooldown(this.camera),
    ]);
    if (targets.length === 0) {
      throw new Error(`No comets brighter than magnitude ${maxMagnitude} in catalog`);
    }
    return { station: this.station, targets, cameraTempC };
  }

  static summary(plan: NightPlan): string {
    const names = plan.targets.slice(0, 5).map((t) => t.designation).join(', ');
    return `${plan.station}: ${plan.targets.length} targets (${names}), CCD at ${plan.cameraTempC.toFixed(1)}°C`;
  }
}
