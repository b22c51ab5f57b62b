// expect: no-multiple-settle
// The callback settles for 'ok' and 'rejected' replies but a 'busy' reply from the controller falls through both branches and leaves the promise pending forever.
export type PitchOp = 'SET_PITCH' | 'FEATHER' | 'RELEASE_BRAKE';

export interface ScadaCommand {
  op: PitchOp;
  turbineId: string;
  value?: number;
}

export interface ScadaReply {
  status: 'ok' | 'rejected' | 'busy';
  pitchDeg?: number;
  reason?: string;
}

export interface ScadaClient {
  send(cmd: ScadaCommand, cb: (err: Error | null, reply?: ScadaReply) => void): void;
}

export class PitchRejectedError extends Error {
  constructor(
    readonly turbineId: string,
    readonly reason: string,
  ) {
    super(`turbine ${turbineId} rejected pitch command: ${reason}`);
    this.name = 'PitchRejectedError';
  }
}

const MIN_PITCH_DEG = -5;
const MAX_PITCH_DEG = 90;

export function setBladePitch(client: ScadaClient, turbineId: string, angleDeg: number): Promise<number> {
  const clamped = Math.min(MAX_PITCH_DEG, Math.max(MIN_PITCH_DEG, angleDeg));
  return new Promise<number>((resolve, reject) => {
    client.send({ op: 'SET_PITCH', turbineId, value: clamped }, (err, reply) => {
      if (err) {
        reject(err);
        return;
      }
      if (!reply) {
        reject(new Error(`empty reply from turbine ${turbineId}`));
        return;
      }
      if (reply.status === 'ok') {
        resolve(reply.pitchDeg ?? clamped);
      } else if (reply.status === 'rejected') {
        reject(new PitchRejectedError(turbineId, reply.reason ?? 'unspecified'));
      }
    });
  });
}

export interface FeatherReport {
  feathered: string[];
  refused: { turbineId: string; reason: string }[];
}

/** Storm protocol: swing every blade in the array to the flag position. */
export async function featherArray(client: ScadaClient, turbineIds: string[]): Promise<FeatherReport> {
  const report: FeatherReport = { feathered: [], refused: [] };
  for (const turbineId of turbineIds) {
    try {
      await setBladePitch(client, turbineId, MAX_PITCH_DEG);
      report.feathered.push(turbineId);
    } catch (err) {
      if (err instanceof PitchRejectedError) {
        report.refused.push({ turbineId, reason: err.reason });
        continue;
      }
      throw err;
    }
  }
  return report;
}

export function tidalPhasePitch(currentSpeedMs: number, flooding: boolean): number {
  // bidirectional rotor: flip the blade angle when the tide turns
  const base = Math.min(25, 4 + currentSpeedMs * 3.5);
  return flooding ? base : -Math.min(base, Math.abs(MIN_PITCH_DEG));
}
