// expect: none
// The deferred is settled from sample, fault, disconnect, timeout or a synchronous start failure, and each path first runs cleanup that removes every listener and clears the timer, so it settles exactly once.
export interface GaugeSample {
  stringId: string;
  newtons: number;
}

export interface TensionGaugeDevice {
  on(event: 'sample', listener: (sample: GaugeSample) => void): void;
  on(event: 'fault', listener: (code: string) => void): void;
  on(event: 'disconnect', listener: () => void): void;
  off(event: 'sample', listener: (sample: GaugeSample) => void): void;
  off(event: 'fault', listener: (code: string) => void): void;
  off(event: 'disconnect', listener: () => void): void;
  startSampling(stringId: string): void;
  stopSampling(): void;
}

export interface CalibrationResult {
  stringId: string;
  meanNewtons: number;
  spreadNewtons: number;
  samples: number;
}

function summarize(stringId: string, values: number[]): CalibrationResult {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const spread = Math.max(...values) - Math.min(...values);
  return { stringId, meanNewtons: mean, spreadNewtons: spread, samples: values.length };
}

export function calibrateString(
  device: TensionGaugeDevice,
  stringId: string,
  samplesNeeded: number,
  timeoutMs: number,
): Promise<CalibrationResult> {
  const { promise, resolve, reject } = Promise.withResolvers<CalibrationResult>();
  const values: number[] = [];

  const cleanup = () => {
    clearTimeout(timer);
    device.off('sample', onSample);
    device.off('fault', onFault);
    device.off('disconnect', onDisconnect);
    device.stopSampling();
  };

  const onSample = (sample: GaugeSample) => {
    if (sample.stringId !== stringId) return;
    values.push(sample.newtons);
    if (values.length === samplesNeeded) {
      cleanup();
      resolve(summarize(stringId, values));
    }
  };

  const onFault = (code: string) => {
    cleanup();
    reject(new Error(`gauge fault ${code} while calibrating ${stringId}`));
  };

  const onDisconnect = () => {
    cleanup();
    reject(new Error(`gauge disconnected after ${values.length}/${samplesNeeded} samples`));
  };

  const timer = setTimeout(() => {
    cleanup();
    reject(new Error(`calibration of ${stringId} timed out after ${timeoutMs}ms`));
  }, timeoutMs);

  device.on('sample', onSample);
  device.on('fault', onFault);
  device.on('disconnect', onDisconnect);

  try {
    device.startSampling(stringId);
  } catch (err) {
    cleanup();
    reject(err);
  }

  return promise;
}

export async function calibrateCourse(
  device: TensionGaugeDevice,
  stringIds: string[],
): Promise<CalibrationResult[]> {
  const results: CalibrationResult[] = [];
  for (const id of stringIds) {
    results.push(await calibrateString(device, id, 12, 20_000));
  }
  return results;
}
