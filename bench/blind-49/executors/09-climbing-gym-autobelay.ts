// expect: none
// Every error branch in the callbacks returns right after reject, and the route-file reader settles once from either 'close' or 'error'.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface AutoBelayStatus {
  deviceId: string;
  wall: string;
  retractionCycles: number;
  lastInspection: Date;
  lockedOut: boolean;
}

export interface RouteRecord {
  wall: string;
  grade: string;
  setter: string;
  setOn: Date;
}

declare const belayBus: {
  readStatus(deviceId: string, cb: (err: NodeJS.ErrnoException | null, raw?: Buffer) => void): void;
  lockOut(deviceId: string, reason: string, cb: (err: Error | null) => void): void;
};

const MAX_CYCLES_BETWEEN_INSPECTIONS = 25_000;
const MAX_DAYS_BETWEEN_INSPECTIONS = 365;

function decodeStatus(deviceId: string, raw: Buffer): AutoBelayStatus {
  const wallLength = raw.readUInt8(0);
  return {
    deviceId,
    wall: raw.subarray(1, 1 + wallLength).toString('ascii'),
    retractionCycles: raw.readUInt32BE(1 + wallLength),
    lastInspection: new Date(Number(raw.readBigUInt64BE(5 + wallLength))),
    lockedOut: raw.readUInt8(13 + wallLength) === 1,
  };
}

function readStatus(deviceId: string): Promise<AutoBelayStatus> {
  return new Promise((resolve, reject) => {
    belayBus.readStatus(deviceId, (err, raw) => {
      if (err) return reject(err);
      if (!raw || raw.length < 14) return reject(new Error(`short status frame from ${deviceId}`));
      try {
        resolve(decodeStatus(deviceId, raw));
      } catch (decodeErr) {
        reject(decodeErr);
      }
    });
  });
}

function lockOut(deviceId: string, reason: string): Promise<void> {
  return new Promise((resolve, reject) => {
    belayBus.lockOut(deviceId, reason, (err) => {
      if (err) return reject(err);
      resolve();
    });
  });
}

export function loadRoutes(path: string): Promise<RouteRecord[]> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const routes: RouteRecord[] = [];
    rl.on('line', (line) => {
      const [wall, grade, setter, setOn] = line.split('\t');
      if (!wall || wall.startsWith('#')) return;
      routes.push({ wall, grade, setter, setOn: new Date(setOn) });
    });
    const onClose = () => {
      rl.off('error', onError);
      resolve(routes);
    };
    const onError = (err: Error) => {
      rl.off('close', onClose);
      rl.close();
      input.destroy();
      reject(err);
    };
    rl.once('close', onClose);
    rl.once('error', onError);
  });
}

export async function dailyBelayCheck(deviceIds: string[], routesPath: string): Promise<string[]> {
  const routes = await loadRoutes(routesPath);
  const activeWalls = new Set(routes.map((r) => r.wall));
  const lockedOut: string[] = [];
  for (const id of deviceIds) {
    const status = await readStatus(id);
    if (status.lockedOut || !activeWalls.has(status.wall)) continue;
    const ageDays = (Date.now() - status.lastInspection.getTime()) / 86_400_000;
    if (status.retractionCycles > MAX_CYCLES_BETWEEN_INSPECTIONS || ageDays > MAX_DAYS_BETWEEN_INSPECTIONS) {
      await lockOut(id, `inspection due: ${status.retractionCycles} cycles, ${Math.floor(ageDays)} days`);
      lockedOut.push(id);
    }
  }
  return lockedOut;
}
