// expect: no-reused-settled-promise
// waitForStation creates one `probe` promise before the polling loop and re-awaits it each iteration, so it never re-queries the station.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface StationStatus {
  stationId: string;
  online: boolean;
  sampleRateHz: number;
  clockDriftMs: number;
}

declare const seismoNet: {
  start(stationId: string): Promise<void>;
  stop(stationId: string): Promise<void>;
  status(stationId: string): Promise<StationStatus>;
  injectPulse(stationId: string, magnitude: number): Promise<{ detectedAt: number }>;
};

const STATIONS = ['KRV-01', 'KRV-02', 'ALP-07'];

async function waitForStation(stationId: string, attempts = 20, intervalMs = 250): Promise<StationStatus> {
  const probe = seismoNet.status(stationId);
  for (let i = 0; i < attempts; i++) {
    const status = await probe;
    if (status.online && status.sampleRateHz > 0) {
      return status;
    }
    await delay(intervalMs);
  }
  throw new Error(`station ${stationId} did not come online after ${attempts} checks`);
}

describe('seismograph station health', () => {
  before(async () => {
    await Promise.all(STATIONS.map((id) => seismoNet.start(id)));
  });

  after(async () => {
    await Promise.allSettled(STATIONS.map((id) => seismoNet.stop(id)));
  });

  it('all stations report a sample rate once online', async () => {
    const statuses = await Promise.all(STATIONS.map((id) => waitForStation(id)));
    for (const s of statuses) {
      assert.ok(s.sampleRateHz >= 100, `${s.stationId} sampling too slowly`);
    }
  });

  it('clock drift stays within tolerance', async () => {
    const status = await waitForStation('ALP-07');
    assert.ok(Math.abs(status.clockDriftMs) < 5);
  });

  it('detects an injected pulse', async () => {
    await waitForStation('KRV-01');
    const sentAt = Date.now();
    const { detectedAt } = await seismoNet.injectPulse('KRV-01', 2.4);
    assert.ok(detectedAt >= sentAt);
    assert.ok(detectedAt - sentAt < 1_000);
  });
});
