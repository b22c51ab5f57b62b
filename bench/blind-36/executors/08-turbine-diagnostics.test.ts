// expect: none
// The callback executor returns right after reject, and nextTelemetry listens for the sample, 'error' and 'close' with a shared cleanup, so each promise settles once.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface BladePitchReport {
  turbineId: string;
  pitchDeg: number[];
  bearingTempC: number;
  faults: string[];
}

interface TelemetrySample {
  turbineId: string;
  rpm: number;
  tideKnots: number;
}

type DiagCallback = (err: Error | null, stdout: string, stderr: string) => void;
type DiagRunner = (turbineId: string, args: string[], cb: DiagCallback) => void;

function parseReport(turbineId: string, stdout: string): BladePitchReport {
  const fields = Object.fromEntries(
    stdout
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => line.split('=', 2).map((part) => part.trim()) as [string, string]),
  );
  return {
    turbineId,
    pitchDeg: (fields.pitch ?? '').split(',').filter(Boolean).map(Number),
    bearingTempC: Number(fields.bearing_temp ?? NaN),
    faults: (fields.faults ?? '').split(',').filter(Boolean),
  };
}

function runBladeCheck(run: DiagRunner, turbineId: string): Promise<BladePitchReport> {
  return new Promise<BladePitchReport>((resolve, reject) => {
    run(turbineId, ['--blades', '--json=false'], (err, stdout, stderr) => {
      if (err) {
        return reject(new Error(`diagnostics failed on ${turbineId}: ${stderr.trim() || err.message}`));
      }
      resolve(parseReport(turbineId, stdout));
    });
  });
}

function nextTelemetry(feed: EventEmitter, turbineId: string): Promise<TelemetrySample> {
  return new Promise<TelemetrySample>((resolve, reject) => {
    const onSample = (sample: TelemetrySample) => {
      if (sample.turbineId !== turbineId) return;
      cleanup();
      resolve(sample);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('telemetry feed closed'));
    };
    const cleanup = () => {
      feed.off('sample', onSample);
      feed.off('error', onError);
      feed.off('close', onClose);
    };
    feed.on('sample', onSample);
    feed.on('error', onError);
    feed.on('close', onClose);
  });
}

describe('tidal turbine diagnostics', () => {
  let feed: EventEmitter;

  beforeEach(() => {
    feed = new EventEmitter();
  });

  it('parses a healthy blade report', async () => {
    const run: DiagRunner = (_id, _args, cb) => {
      setImmediate(() => cb(null, 'pitch=12.5,12.4,12.6\nbearing_temp=41.2\nfaults=\n', ''));
    };
    const report = await runBladeCheck(run, 'T-07');
    assert.deepEqual(report.pitchDeg, [12.5, 12.4, 12.6]);
    assert.equal(report.bearingTempC, 41.2);
    assert.deepEqual(report.faults, []);
  });

  it('surfaces stderr when the diagnostic binary fails', async () => {
    const run: DiagRunner = (_id, _args, cb) => {
      setImmediate(() => cb(new Error('exit 3'), '', 'nacelle unreachable\n'));
    };
    await assert.rejects(runBladeCheck(run, 'T-11'), /nacelle unreachable/);
  });

  it('ignores samples from neighbouring turbines', async () => {
    const pending = nextTelemetry(feed, 'T-02');
    feed.emit('sample', { turbineId: 'T-01', rpm: 14, tideKnots: 3.1 });
    feed.emit('sample', { turbineId: 'T-02', rpm: 16, tideKnots: 3.3 });
    const sample = await pending;
    assert.equal(sample.rpm, 16);
    assert.equal(feed.listenerCount('sample'), 0);
  });

  it('rejects when the feed closes before a sample arrives', async () => {
    const pending = nextTelemetry(feed, 'T-05');
    feed.emit('close');
    await assert.rejects(pending, /feed closed/);
    assert.equal(feed.listenerCount('error'), 0);
  });
});
