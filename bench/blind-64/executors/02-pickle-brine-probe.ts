// expect: no-multiple-settle
// queryProbe rejects on a short frame but does not return, so it goes on to decode and resolve (and readUInt16BE throws inside the callback).
export interface SalinityReading {
  tankId: string;
  salinityPct: number;
  temperatureC: number;
  ph: number;
  readAt: number;
}

type ProbeCallback = (err: Error | null, frame: Buffer) => void;

declare const probeBus: {
  query(tankId: string, register: number, cb: ProbeCallback): void;
};

declare const brineLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

const REG_SALINITY = 0x20;
const FRAME_LEN = 8;

export class ProbeError extends Error {
  constructor(
    readonly tankId: string,
    readonly register: number,
    cause?: unknown,
  ) {
    super(`probe query failed for tank ${tankId} register 0x${register.toString(16)}`, { cause });
    this.name = 'ProbeError';
  }
}

function queryProbe(tankId: string, register: number): Promise<SalinityReading> {
  return new Promise((resolve, reject) => {
    probeBus.query(tankId, register, (err, frame) => {
      if (err) {
        brineLog.warn('probe bus error', { tankId, register, code: (err as NodeJS.ErrnoException).code });
        reject(new ProbeError(tankId, register, err));
        return;
      }
      if (frame.length < FRAME_LEN) {
        brineLog.warn('short probe frame', { tankId, length: frame.length });
        reject(new ProbeError(tankId, register, new Error(`expected ${FRAME_LEN} bytes, got ${frame.length}`)));
      }
      resolve({
        tankId,
        salinityPct: frame.readUInt16BE(2) / 100,
        temperatureC: frame.readInt16BE(4) / 10,
        ph: frame.readUInt16BE(6) / 100,
        readAt: Date.now(),
      });
    });
  });
}

export interface TankStatus {
  tankId: string;
  reading?: SalinityReading;
  alarm: 'ok' | 'low-salt' | 'high-salt' | 'ph-drift' | 'unreachable';
}

export interface BrineLimits {
  minSalinityPct: number;
  maxSalinityPct: number;
  maxPh: number;
}

function classify(reading: SalinityReading, limits: BrineLimits): TankStatus['alarm'] {
  if (reading.salinityPct < limits.minSalinityPct) return 'low-salt';
  if (reading.salinityPct > limits.maxSalinityPct) return 'high-salt';
  if (reading.ph > limits.maxPh) return 'ph-drift';
  return 'ok';
}

export async function sweepTanks(tankIds: string[], limits: BrineLimits): Promise<TankStatus[]> {
  const statuses: TankStatus[] = [];
  // The RS-485 bus only tolerates one outstanding query, so tanks are polled in sequence.
  for (const tankId of tankIds) {
    try {
      const reading = await queryProbe(tankId, REG_SALINITY);
      statuses.push({ tankId, reading, alarm: classify(reading, limits) });
    } catch (err) {
      if (!(err instanceof ProbeError)) throw err;
      statuses.push({ tankId, alarm: 'unreachable' });
    }
  }
  const alarms = statuses.filter((s) => s.alarm !== 'ok').length;
  brineLog.info('brine sweep complete', { tanks: tankIds.length, alarms });
  return statuses;
}
