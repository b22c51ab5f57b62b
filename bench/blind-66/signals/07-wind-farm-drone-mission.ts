// expect: require-signal-propagation
// runBladeMission hands its signal to fetch and the hover delay but not to once(drone, 'rtk-fix'), so a cancel while waiting for a position fix leaves the drone hovering until one arrives.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Turbine {
  id: string;
  hubHeightM: number;
  rotorDiameterM: number;
  lat: number;
  lon: number;
}

export interface MissionResult {
  turbineId: string;
  imagesUploaded: number;
  batteryUsedPct: number;
}

interface DroneController extends EventEmitter {
  id: string;
  batteryPct(): number;
  hasRtkFix(): boolean;
  takeOff(altitudeM: number): Promise<void>;
  orbitBlade(turbine: Turbine, blade: 1 | 2 | 3): Promise<Blob[]>;
  land(): Promise<void>;
}

declare const missionConfig: {
  uploadUrl: string;
  hoverSettleMs: number;
};

async function uploadImages(turbineId: string, blade: number, images: Blob[], signal: AbortSignal): Promise<number> {
  const form = new FormData();
  images.forEach((image, i) => form.append('image', image, `${turbineId}-b${blade}-${i}.jpg`));
  const response = await fetch(`${missionConfig.uploadUrl}/turbines/${turbineId}/blades/${blade}`, {
    method: 'POST',
    body: form,
    signal,
  });
  if (!response.ok) {
    throw new Error(`upload for ${turbineId} blade ${blade} failed: HTTP ${response.status}`);
  }
  return images.length;
}

export async function runBladeMission(
  drone: DroneController,
  turbine: Turbine,
  signal: AbortSignal,
): Promise<MissionResult> {
  const startBattery = drone.batteryPct();
  if (startBattery < 60) {
    throw new Error(`drone ${drone.id} has ${startBattery}% battery; a blade mission needs 60%`);
  }

  let uploaded = 0;
  await drone.takeOff(turbine.hubHeightM + turbine.rotorDiameterM / 2 + 10);
  try {
    for (const blade of [1, 2, 3] as const) {
      signal.throwIfAborted();
      await sleep(missionConfig.hoverSettleMs, undefined, { signal });
      if (!drone.hasRtkFix()) {
        await once(drone, 'rtk-fix');
      }
      const images = await drone.orbitBlade(turbine, blade);
      uploaded += await uploadImages(turbine.id, blade, images, signal);
    }
  } finally {
    await drone.land();
  }

  return {
    turbineId: turbine.id,
    imagesUploaded: uploaded,
    batteryUsedPct: startBattery - drone.batteryPct(),
  };
}
