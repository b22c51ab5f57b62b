// expect: no-uncalled-async-function
// emergencyStop puts this.stopPumps into the Promise.all array without calling it, so the back-pumps keep running while the stop is reported complete.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface LockHardware {
  closeSluice(which: 'upper' | 'lower'): Promise<void>;
  stopPump(id: string): Promise<void>;
  sounder(on: boolean): Promise<void>;
  setTrafficLights(color: 'red' | 'green'): Promise<void>;
}

class LockSafetySystem {
  stopped = false;

  constructor(
    private readonly hw: LockHardware,
    private readonly pumpIds: string[],
  ) {}

  private async closeSluices(): Promise<void> {
    await Promise.all([this.hw.closeSluice('upper'), this.hw.closeSluice('lower')]);
  }

  private async stopPumps(): Promise<void> {
    for (const id of this.pumpIds) {
      await this.hw.stopPump(id);
    }
  }

  private async warnBoaters(): Promise<void> {
    await this.hw.setTrafficLights('red');
    await this.hw.sounder(true);
  }

  async emergencyStop(): Promise<void> {
    await Promise.all([this.closeSluices(), this.stopPumps, this.warnBoaters()]);
    this.stopped = true;
  }
}

class RecordingHardware implements LockHardware {
  readonly calls: string[] = [];
  async closeSluice(which: 'upper' | 'lower') {
    this.calls.push(`sluice:${which}`);
  }
  async stopPump(id: string) {
    this.calls.push(`pump:${id}`);
  }
  async sounder(on: boolean) {
    this.calls.push(`sounder:${on}`);
  }
  async setTrafficLights(color: 'red' | 'green') {
    this.calls.push(`lights:${color}`);
  }
}

describe('LockSafetySystem.emergencyStop', () => {
  let hw: RecordingHardware;
  let system: LockSafetySystem;

  before(async () => {
    hw = new RecordingHardware();
    system = new LockSafetySystem(hw, ['backpump-1', 'backpump-2']);
    await system.emergencyStop();
  });

  after(() => {
    hw.calls.length = 0;
  });

  test('closes both sluices', () => {
    assert.ok(hw.calls.includes('sluice:upper'));
    assert.ok(hw.calls.includes('sluice:lower'));
  });

  test('turns the traffic lights red and sounds the horn', () => {
    assert.ok(hw.calls.includes('lights:red'));
    assert.ok(hw.calls.includes('sounder:true'));
    assert.ok(hw.calls.indexOf('lights:red') < hw.calls.indexOf('sounder:true'));
  });

  test('marks the system as stopped', () => {
    assert.equal(system.stopped, true);
  });
});
