// expect: none
// Correct: the monitor checks the signal each loop and passes it to the sensor read and the interval timer; the test asserts the AbortError surfaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface BladeSample {
  bladeId: string;
  temperatureC: number;
  deflectionMm: number;
}

interface BladeSensor {
  read(bladeId: string, options: { signal: AbortSignal }): Promise<BladeSample>;
}

interface MonitorOptions {
  signal: AbortSignal;
  intervalMs: number;
  onSample: (sample: BladeSample) => void;
  onAlarm?: (sample: BladeSample, reason: string) => void;
}

async function monitorBlade(sensor: BladeSensor, bladeId: string, options: MonitorOptions): Promise<never> {
  const { signal, intervalMs, onSample, onAlarm } = options;
  for (;;) {
    signal.throwIfAborted();
    const sample = await sensor.read(bladeId, { signal });
    onSample(sample);
    if (sample.temperatureC > 90) onAlarm?.(sample, 'overheating');
    if (sample.deflectionMm > 1.2) onAlarm?.(sample, 'excess deflection');
    await delay(intervalMs, undefined, { signal });
  }
}

function scriptedSensor(samples: Array<Omit<BladeSample, 'bladeId'>>): BladeSensor {
  let i = 0;
  return {
    async read(bladeId, { signal }) {
      signal.throwIfAborted();
      const next = samples[Math.min(i++, samples.length - 1)];
      return { bladeId, ...next };
    },
  };
}

test('stops with an AbortError once the operator aborts', async () => {
  const controller = new AbortController();
  const seen: BladeSample[] = [];
  const sensor = scriptedSensor([
    { temperatureC: 41, deflectionMm: 0.3 },
    { temperatureC: 43, deflectionMm: 0.4 },
    { temperatureC: 44, deflectionMm: 0.4 },
  ]);
  const run = monitorBlade(sensor, 'headrig-1', {
    signal: controller.signal,
    intervalMs: 2,
    onSample: (s) => {
      seen.push(s);
      if (seen.length === 3) controller.abort();
    },
  });
  await assert.rejects(run, { name: 'AbortError' });
  assert.equal(seen.length, 3);
});

test('raises alarms for hot or deflecting blades', async () => {
  const controller = new AbortController();
  const alarms: string[] = [];
  const sensor = scriptedSensor([
    { temperatureC: 95, deflectionMm: 0.2 },
    { temperatureC: 60, deflectionMm: 1.5 },
  ]);
  let count = 0;
  await assert.rejects(
    monitorBlade(sensor, 'resaw-2', {
      signal: controller.signal,
      intervalMs: 1,
      onSample: () => {
        if (++count === 2) controller.abort();
      },
      onAlarm: (_, reason) => alarms.push(reason),
    }),
    { name: 'AbortError' },
  );
  assert.deepEqual(alarms, ['overheating', 'excess deflection']);
});
