// expect: no-unobserved-promise
// The magnetometer calibration is started before the satellite session awaits, so if it rejects during those awaits nothing is listening yet.
export interface MagnetometerCalibration {
  offsetsNt: [x: number, y: number, z: number];
  temperatureC: number;
}

export interface WeatherBlock {
  stationId: string;
  minTempC: number;
  maxWindMs: number;
  pressureHpa: number;
  snowDepthCm: number;
}

interface SatelliteSession {
  send(channel: 'wx' | 'mag' | 'ops', payload: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

declare const iridium: {
  openSession(opts: { priority: 'routine' | 'urgent' }): Promise<SatelliteSession>;
};
declare const magnetometer: {
  calibrate(): Promise<MagnetometerCalibration>;
  readSeries(hours: number): Promise<Float32Array>;
};
declare const weatherMast: {
  summary(hours: number): Promise<WeatherBlock>;
};
declare const opsLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

const encoder = new TextEncoder();

function applyCalibration(series: Float32Array, cal: MagnetometerCalibration): Float32Array {
  const out = new Float32Array(series.length);
  for (let i = 0; i < series.length; i += 3) {
    out[i] = series[i] - cal.offsetsNt[0];
    out[i + 1] = series[i + 1] - cal.offsetsNt[1];
    out[i + 2] = series[i + 2] - cal.offsetsNt[2];
  }
  return out;
}

export async function runDailyUplink(stationId: string): Promise<{ bytesSent: number }> {
  const calibration = magnetometer.calibrate();

  const session = await iridium.openSession({ priority: 'routine' });
  let bytesSent = 0;
  try {
    const wx = await weatherMast.summary(24);
    const wxBytes = encoder.encode(JSON.stringify({ ...wx, stationId }));
    await session.send('wx', wxBytes);
    bytesSent += wxBytes.byteLength;

    const [series, cal] = await Promise.all([magnetometer.readSeries(24), calibration]);
    const corrected = applyCalibration(series, cal);
    const magBytes = new Uint8Array(corrected.buffer);
    await session.send('mag', magBytes);
    bytesSent += magBytes.byteLength;

    const ops = encoder.encode(
      JSON.stringify({ stationId, calTempC: cal.temperatureC, sentAt: new Date().toISOString() }),
    );
    await session.send('ops', ops);
    bytesSent += ops.byteLength;
  } finally {
    await session.close();
  }

  opsLog.info('daily uplink complete', { stationId, bytesSent });
  return { bytesSent };
}
