// expect: no-multiple-settle
// waitForTaskState only resolves when the target state shows up; a 'fault' update for that task settles nothing, so a dispatch that faults leaves the awaiting test pending forever instead of failing with the reason.
import { test, describe, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type TaskState = 'queued' | 'navigating' | 'picking' | 'delivered' | 'fault';

interface TaskUpdate {
  taskId: string;
  state: TaskState;
  bin?: string;
  reason?: string;
}

class FakeRobot extends EventEmitter {
  battery = 100;

  constructor(public readonly id: string) {
    super();
  }

  accept(taskId: string, bin: string): void {
    // Simulate the robot walking through its states on the next few ticks.
    const steps: TaskState[] = this.battery < 15 ? ['navigating', 'fault'] : ['navigating', 'picking', 'delivered'];
    steps.forEach((state, i) => {
      setTimeout(
        () => {
          const update: TaskUpdate = { taskId, state, bin };
          if (state === 'fault') update.reason = 'battery below safe threshold';
          this.emit('task', update);
        },
        5 * (i + 1),
      );
    });
  }
}

class Dispatcher {
  private seq = 0;
  readonly assignments = new Map<string, string>();

  constructor(private readonly fleet: FakeRobot[]) {}

  dispatch(bin: string): { taskId: string; robot: FakeRobot } {
    const robot = [...this.fleet].sort((a, b) => b.battery - a.battery)[0];
    if (!robot) throw new Error('no robots available');
    const taskId = `T-${++this.seq}`;
    this.assignments.set(taskId, robot.id);
    robot.accept(taskId, bin);
    return { taskId, robot };
  }
}

function waitForTaskState(robot: FakeRobot, taskId: string, target: TaskState): Promise<TaskUpdate> {
  return new Promise((resolve) => {
    const onUpdate = (update: TaskUpdate) => {
      if (update.taskId !== taskId) return;
      if (update.state === target) {
        robot.off('task', onUpdate);
        resolve(update);
      }
    };
    robot.on('task', onUpdate);
  });
}

describe('Dispatcher', () => {
  let fleet: FakeRobot[];
  let dispatcher: Dispatcher;

  beforeEach(() => {
    fleet = [new FakeRobot('r-1'), new FakeRobot('r-2')];
    dispatcher = new Dispatcher(fleet);
  });

  test('delivers a bin with the healthiest robot', async () => {
    fleet[0].battery = 40;
    const { taskId, robot } = dispatcher.dispatch('A-17');
    assert.equal(robot.id, 'r-2');
    const update = await waitForTaskState(robot, taskId, 'delivered');
    assert.equal(update.bin, 'A-17');
  });

  test('hands out unique task ids', () => {
    const a = dispatcher.dispatch('B-01');
    const b = dispatcher.dispatch('B-02');
    assert.notEqual(a.taskId, b.taskId);
    assert.equal(dispatcher.assignments.size, 2);
  });

  test('reports a fault when the whole fleet is low on battery', async () => {
    for (const r of fleet) r.battery = 12;
    const { taskId, robot } = dispatcher.dispatch('C-09');
    const update = await waitForTaskState(robot, taskId, 'fault');
    assert.match(update.reason ?? '', /battery/);
  });

  test('picks before delivering', async () => {
    const { taskId, robot } = dispatcher.dispatch('D-44');
    const picking = await waitForTaskState(robot, taskId, 'picking');
    assert.equal(picking.bin, 'D-44');
    await waitForTaskState(robot, taskId, 'delivered');
  });
});
