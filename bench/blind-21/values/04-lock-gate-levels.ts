// expect: no-read-before-settle
// `levels` is assigned inside the execFile callback but checked and returned synchronously, so it is always the NaN placeholder.
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';

const PLC_CLI = '/opt/lockctl/bin/plcread';
const MAX_HEAD_DIFFERENCE_M = 0.05;

export interface ChamberLevels {
  upstreamM: number;
  chamberM: number;
  downstreamM: number;
  readAt: Date;
}

export type GateSide = 'upstream' | 'downstream';

export class LockLevelError extends Error {
  constructor(
    readonly gateId: string,
    readonly differenceM: number,
  ) {
    super(`gate ${gateId}: head difference ${differenceM.toFixed(3)} m exceeds limit`);
  }
}

function parseLevels(stdout: string): ChamberLevels {
  const fields = Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((line) => line.split('=').map((s) => s.trim()) as [string, string]),
  );
  return {
    upstreamM: Number(fields.UPSTREAM),
    chamberM: Number(fields.CHAMBER),
    downstreamM: Number(fields.DOWNSTREAM),
    readAt: new Date(),
  };
}

export class LockGateController extends EventEmitter {
  constructor(
    private readonly lockId: string,
    private readonly plcHost: string,
  ) {
    super();
  }

  // Check the chamber has equalised with the given side before the gate is allowed to open.
  verifyEqualised(gateId: string, side: GateSide): ChamberLevels {
    let levels: ChamberLevels = {
      upstreamM: NaN,
      chamberM: NaN,
      downstreamM: NaN,
      readAt: new Date(0),
    };

    execFile(PLC_CLI, ['--host', this.plcHost, '--lock', this.lockId, '--gate', gateId, 'levels'], { timeout: 4000 }, (err, stdout) => {
      if (err) {
        this.emit('plc-error', { gateId, err });
        return;
      }
      levels = parseLevels(stdout);
      this.emit('levels', gateId, levels);
    });

    const outer = side === 'upstream' ? levels.upstreamM : levels.downstreamM;
    const difference = Math.abs(outer - levels.chamberM);
    if (difference > MAX_HEAD_DIFFERENCE_M) {
      throw new LockLevelError(gateId, difference);
    }
    return levels;
  }
}
