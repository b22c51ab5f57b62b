// expect: none
// correct: the test helper's executor handles 'ready', 'fault' and a timeout, clearing the timer and detaching listeners on every path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface RollerGap {
  roller: 'A' | 'B' | 'C';
  millimetres: number;
}

class FakeSheeterLine extends EventEmitter {
  gaps: RollerGap[] = [
    { roller: 'A', millimetres: 12 },
    { roller: 'B', millimetres: 6 },
    { roller: 'C', millimetres: 3 },
  ];

  calibrate(targetMm: number, failOn?: RollerGap['roller']): void {
    setImmediate(() => {
      if (failOn) {
        this.emit('fault', new Error(`roller ${failOn} encoder out of range`));
        return;
      }
      this.gaps = this.gaps.map((gap, i) => ({ ...gap, millimetres: targetMm * (3 - i) }));
      this.emit('ready', this.gaps);
    });
  }
}

function waitForCalibration(line: FakeSheeterLine, timeoutMs = 500): Promise<RollerGap[]> {
  return new Promise<RollerGap[]>((resolve, reject) => {
    const detach = () => {
      clearTimeout(timer);
      line.off('ready', onReady);
      line.off('fault', onFault);
    };
    const onReady = (gaps: RollerGap[]) => {
      detach();
      resolve(gaps);
    };
    const onFault = (err: Error) => {
      detach();
      reject(err);
    };
    const timer = setTimeout(() => {
      detach();
      reject(new Error(`sheeter did not calibrate within ${timeoutMs} ms`));
    }, timeoutMs);
    line.on('ready', onReady);
    line.on('fault', onFault);
  });
}

test('calibration steps the rollers down towards the target thickness', async () => {
  const line = new FakeSheeterLine();
  const calibrated = waitForCalibration(line);
  line.calibrate(1.5);
  const gaps = await calibrated;

  assert.deepEqual(
    gaps.map((g) => g.millimetres),
    [4.5, 3, 1.5],
  );
  assert.equal(line.listenerCount('ready'), 0);
  assert.equal(line.listenerCount('fault'), 0);
});

test('a roller fault rejects and leaves no listeners behind', async () => {
  const line = new FakeSheeterLine();
  const calibrated = waitForCalibration(line);
  line.calibrate(2, 'B');

  await assert.rejects(calibrated, /roller B encoder out of range/);
  assert.equal(line.listenerCount('ready'), 0);
  assert.equal(line.listenerCount('fault'), 0);
});

test('a silent line times out instead of hanging the suite', async () => {
  const line = new FakeSheeterLine();
  await assert.rejects(waitForCalibration(line, 20), /did not calibrate within 20 ms/);
  assert.equal(line.listenerCount('ready'), 0);
});
