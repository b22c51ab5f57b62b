// expect: require-signal-propagation
// Bug: waitForReading checks its signal between polls but awaits sleep(intervalMs) without it, so an aborted wait still sits out the full interval.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

interface CaveReading {
  rh: number;
  tempC: number;
}

class SimulatedCave extends EventEmitter {
  rh = 82;
  tempC = 11.5;
  humidifierOn = false;

  tick(): void {
    this.rh += this.humidifierOn ? 0.8 : -0.3;
    this.rh = Math.max(60, Math.min(99, this.rh));
    this.emit('reading', { rh: this.rh, tempC: this.tempC } satisfies CaveReading);
  }
}

class HumidityController {
  constructor(
    private readonly cave: SimulatedCave,
    private readonly targetRh: number,
    private readonly band = 1.5,
  ) {
    cave.on('reading', (r: CaveReading) => this.adjust(r));
  }

  private adjust(reading: CaveReading): void {
    if (reading.rh < this.targetRh - this.band) this.cave.humidifierOn = true;
    else if (reading.rh > this.targetRh + this.band) this.cave.humidifierOn = false;
  }
}

async function waitForReading(
  cave: SimulatedCave,
  predicate: (r: CaveReading) => boolean,
  opts: { signal: AbortSignal; intervalMs?: number },
): Promise<CaveReading> {
  const intervalMs = opts.intervalMs ?? 10;
  for (;;) {
    opts.signal.throwIfAborted();
    cave.tick();
    const reading = { rh: cave.rh, tempC: cave.tempC };
    if (predicate(reading)) return reading;
    await sleep(intervalMs);
  }
}

test('switches the humidifier on when the cave dries out', async (t) => {
  const cave = new SimulatedCave();
  cave.rh = 86;
  new HumidityController(cave, 92);

  const reading = await waitForReading(cave, () => cave.humidifierOn, { signal: t.signal });
  assert.ok(reading.rh < 90.5, `expected a dry reading, got ${reading.rh}`);
});

test('holds humidity inside the band for washed-rind wheels', async (t) => {
  const cave = new SimulatedCave();
  cave.rh = 88;
  new HumidityController(cave, 94, 1);

  await waitForReading(cave, (r) => r.rh >= 94, { signal: t.signal });
  const samples: number[] = [];
  for (let i = 0; i < 50; i++) {
    cave.tick();
    samples.push(cave.rh);
  }
  assert.ok(Math.min(...samples) > 92, `dipped to ${Math.min(...samples)}`);
  assert.ok(Math.max(...samples) < 96.5, `peaked at ${Math.max(...samples)}`);
});

test('gives up waiting when the test budget runs out', async () => {
  const cave = new SimulatedCave();
  cave.rh = 70;
  new HumidityController(cave, 80);

  await assert.rejects(
    waitForReading(cave, (r) => r.rh > 99, { signal: AbortSignal.timeout(100), intervalMs: 5 }),
    { name: 'TimeoutError' },
  );
});
