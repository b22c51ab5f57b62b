// expect: none
// The deferred listens to a repeating 'state' event but settles only on the wanted state, then removes both listeners and clears its timer.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type FanState = 'idle' | 'spinning-up' | 'running' | 'stalled';

class FakeFrostFan extends EventEmitter {
  state: FanState = 'idle';
  commands: string[] = [];

  command(cmd: 'start' | 'stop'): void {
    this.commands.push(cmd);
  }

  setState(next: FanState): void {
    this.state = next;
    this.emit('state', next);
  }
}

class FrostFanController {
  constructor(private readonly fan: FakeFrostFan, private readonly triggerC = 0.5) {}

  onCanopyTemperature(tempC: number): boolean {
    if (tempC <= this.triggerC && this.fan.state === 'idle') {
      this.fan.command('start');
      this.fan.setState('spinning-up');
      return true;
    }
    if (tempC >= this.triggerC + 2 && this.fan.state === 'running') {
      this.fan.command('stop');
      return true;
    }
    return false;
  }
}

function waitForState(fan: FakeFrostFan, wanted: FanState, timeoutMs = 500): Promise<FanState> {
  if (fan.state === wanted) {
    return Promise.resolve(wanted);
  }
  const { promise, resolve, reject } = Promise.withResolvers<FanState>();
  const onState = (state: FanState) => {
    if (state !== wanted) {
      return;
    }
    finish();
    resolve(state);
  };
  const onError = (err: Error) => {
    finish();
    reject(err);
  };
  const timer = setTimeout(() => {
    finish();
    reject(new Error(`fan never reached ${wanted}; last state ${fan.state}`));
  }, timeoutMs);
  function finish(): void {
    clearTimeout(timer);
    fan.off('state', onState);
    fan.off('error', onError);
  }
  fan.on('state', onState);
  fan.on('error', onError);
  return promise;
}

let fan: FakeFrostFan;
let controller: FrostFanController;

beforeEach(() => {
  fan = new FakeFrostFan();
  controller = new FrostFanController(fan);
});

test('starts the fan when the canopy drops to the trigger temperature', async () => {
  const running = waitForState(fan, 'running');
  assert.equal(controller.onCanopyTemperature(0.3), true);
  fan.setState('running');
  assert.equal(await running, 'running');
  assert.deepEqual(fan.commands, ['start']);
});

test('ignores intermediate states until the fan is running', async () => {
  const running = waitForState(fan, 'running');
  controller.onCanopyTemperature(-1.2);
  fan.setState('spinning-up');
  fan.setState('spinning-up');
  fan.setState('running');
  assert.equal(await running, 'running');
  assert.equal(fan.listenerCount('state'), 0);
});

test('surfaces a stalled motor as an error', async () => {
  const running = waitForState(fan, 'running');
  controller.onCanopyTemperature(0);
  fan.emit('error', new Error('motor stalled at 40 rpm'));
  await assert.rejects(running, /motor stalled/);
  assert.equal(fan.listenerCount('error'), 0);
});

test('does nothing while the orchard is above the trigger', () => {
  assert.equal(controller.onCanopyTemperature(3.4), false);
  assert.deepEqual(fan.commands, []);
});
