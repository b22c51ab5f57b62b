// expect: none
// The humidity read races a timeout, but a finally block clears the timer and aborts the controller whose signal the losing request was given.
export interface ClimateReading {
  roomId: string;
  humidityPercent: number;
  temperatureC: number;
}

export interface ClimateTarget {
  minHumidity: number;
  maxHumidity: number;
}

declare const climateGateway: {
  read(roomId: string, options: { signal: AbortSignal }): Promise<ClimateReading>;
  setHumidifier(roomId: string, on: boolean, options: { signal: AbortSignal }): Promise<void>;
};
declare const workshopLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class ClimateTimeoutError extends Error {
  constructor(readonly roomId: string, readonly timeoutMs: number) {
    super(`climate sensor in ${roomId} did not answer within ${timeoutMs}ms`);
    this.name = 'ClimateTimeoutError';
  }
}

export async function readWithTimeout(roomId: string, timeoutMs: number, outer?: AbortSignal): Promise<ClimateReading> {
  const controller = new AbortController();
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ClimateTimeoutError(roomId, timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([climateGateway.read(roomId, { signal }), timeout]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export async function regulateRoom(
  roomId: string,
  target: ClimateTarget,
  signal: AbortSignal,
): Promise<'humidifying' | 'drying' | 'steady'> {
  const reading = await readWithTimeout(roomId, 3_000, signal);
  if (reading.humidityPercent < target.minHumidity) {
    await climateGateway.setHumidifier(roomId, true, { signal });
    workshopLog.info('humidifier on: warp threads drying out', { roomId, humidity: reading.humidityPercent });
    return 'humidifying';
  }
  if (reading.humidityPercent > target.maxHumidity) {
    await climateGateway.setHumidifier(roomId, false, { signal });
    workshopLog.warn('humidity high, risk of mildew on wool', { roomId, humidity: reading.humidityPercent });
    return 'drying';
  }
  return 'steady';
}

export async function regulateAll(
  rooms: string[],
  target: ClimateTarget,
  signal: AbortSignal,
): Promise<Map<string, string>> {
  const outcome = new Map<string, string>();
  for (const roomId of rooms) {
    signal.throwIfAborted();
    try {
      outcome.set(roomId, await regulateRoom(roomId, target, signal));
    } catch (err) {
      if (!(err instanceof ClimateTimeoutError)) throw err;
      outcome.set(roomId, 'sensor-timeout');
    }
  }
  return outcome;
}
