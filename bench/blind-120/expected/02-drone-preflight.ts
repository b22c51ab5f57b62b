// expect: none
// The preflight steps are stored as function references on purpose and each one is called with the drone inside the loop, while the parallel loads pass called promises to Promise.all.
export interface DroneLink {
  callsign: string;
  imuBiasDegPerS(): Promise<number>;
  rotorRpm(): Promise<number[]>;
  satellites(): Promise<number>;
  batteryVolts(): Promise<number>;
}

export interface TerrainService {
  loadElevation(glacier: string): Promise<Float32Array>;
  loadWaypoints(missionId: string): Promise<{ lat: number; lon: number; altM: number }[]>;
}

type PreflightStep = (drone: DroneLink) => Promise<string | null>;

async function checkImu(drone: DroneLink): Promise<string | null> {
  const bias = await drone.imuBiasDegPerS();
  return Math.abs(bias) > 0.5 ? `IMU bias ${bias.toFixed(2)}°/s, recalibrate on level ground` : null;
}

async function checkRotors(drone: DroneLink): Promise<string | null> {
  const rpm = await drone.rotorRpm();
  const spread = Math.max(...rpm) - Math.min(...rpm);
  return spread > 300 ? `rotor spread ${spread} rpm at idle, check for ice on props` : null;
}

async function checkGps(drone: DroneLink): Promise<string | null> {
  const sats = await drone.satellites();
  return sats < 8 ? `only ${sats} satellites` : null;
}

async function checkBattery(drone: DroneLink): Promise<string | null> {
  const volts = await drone.batteryVolts();
  // cells sag badly below -10 °C; demand a fuller pack than usual
  return volts < 24.6 ? `pack at ${volts.toFixed(1)} V, swap for a warmed battery` : null;
}

const PREFLIGHT: PreflightStep[] = [checkImu, checkRotors, checkGps, checkBattery];

export async function runPreflight(drone: DroneLink): Promise<{ go: boolean; issues: string[] }> {
  const issues: string[] = [];
  for (const step of PREFLIGHT) {
    const problem = await step(drone);
    if (problem) issues.push(`${drone.callsign}: ${problem}`);
  }
  return { go: issues.length === 0, issues };
}

export async function prepareMission(drone: DroneLink, terrain: TerrainService, glacier: string, missionId: string) {
  const [check, elevation, waypoints] = await Promise.all([
    runPreflight(drone),
    terrain.loadElevation(glacier),
    terrain.loadWaypoints(missionId),
  ]);
  if (!check.go) {
    throw new Error(`preflight failed:\n${check.issues.join('\n')}`);
  }
  const lowest = waypoints.reduce((min, w) => Math.min(min, w.altM), Infinity);
  return { elevationCells: elevation.length, waypointCount: waypoints.length, lowestAltM: lowest };
}
