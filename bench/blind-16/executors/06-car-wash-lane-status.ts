// expect: none
// Every callback branch settles exactly once and returns right after: execFile errors and bad JSON reject, a missing profile file resolves the default, parse failures reject.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs';

export type LaneState = 'idle' | 'prewash' | 'washing' | 'drying' | 'fault';

export interface LaneStatus {
  lane: number;
  state: LaneState;
  conveyorSpeed: number;
  faultCode: string | null;
}

export interface ChemicalProfile {
  name: string;
  prewashMl: number;
  waxMl: number;
  rinseSeconds: number;
}

const DEFAULT_PROFILE: ChemicalProfile = { name: 'standard', prewashMl: 120, waxMl: 0, rinseSeconds: 45 };
const KNOWN_STATES: readonly LaneState[] = ['idle', 'prewash', 'washing', 'drying', 'fault'];

function normaliseStatus(lane: number, raw: Record<string, unknown>): LaneStatus {
  const state = KNOWN_STATES.includes(raw.state as LaneState) ? (raw.state as LaneState) : 'fault';
  return {
    lane,
    state,
    conveyorSpeed: typeof raw.speed === 'number' ? raw.speed : 0,
    faultCode: typeof raw.fault === 'string' && raw.fault.length > 0 ? raw.fault : null,
  };
}

export function readLaneStatus(lane: number): Promise<LaneStatus> {
  return new Promise((resolve, reject) => {
    execFile('plcctl', ['status', '--lane', String(lane), '--json'], { timeout: 3000 }, (err, stdout, stderr) => {
      if (err) {
        reject(new Error(`plcctl status lane ${lane} failed: ${stderr.trim() || err.message}`));
        return;
      }
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(stdout) as Record<string, unknown>;
      } catch {
        reject(new Error(`plcctl returned invalid JSON for lane ${lane}`));
        return;
      }
      resolve(normaliseStatus(lane, raw));
    });
  });
}

function parseProfile(raw: string): ChemicalProfile {
  const data = JSON.parse(raw) as Partial<ChemicalProfile>;
  if (!data.name) throw new Error('chemical profile has no name');
  return { ...DEFAULT_PROFILE, ...data };
}

export function loadChemicalProfile(file: string): Promise<ChemicalProfile> {
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, raw) => {
      if (err) {
        if (err.code === 'ENOENT') {
          resolve(DEFAULT_PROFILE);
          return;
        }
        reject(err);
        return;
      }
      try {
        resolve(parseProfile(raw));
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

export async function lanesReadyForNextCar(lanes: number[]): Promise<number[]> {
  const statuses = await Promise.all(lanes.map(readLaneStatus));
  return statuses.filter((s) => s.state === 'idle' && s.faultCode === null).map((s) => s.lane);
}
