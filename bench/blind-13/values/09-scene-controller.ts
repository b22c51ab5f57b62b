// expect: no-read-before-settle
// Bug: `previous` is assigned in the .then() callback of hub.getState(), but the undo entry is pushed synchronously right after, so it always records previous = undefined.
import { EventEmitter } from 'node:events';

export type DeviceState = { on: boolean; brightness?: number; colorTemp?: number };

export interface SceneStep {
  deviceId: string;
  target: DeviceState;
  delayMs?: number;
}

interface UndoEntry {
  deviceId: string;
  previous: DeviceState | undefined;
}

declare const hub: {
  getState(deviceId: string): Promise<DeviceState>;
  setState(deviceId: string, state: DeviceState): Promise<void>;
};

export class SceneController extends EventEmitter {
  private undoStack: UndoEntry[][] = [];
  private running = false;

  async activate(name: string, steps: SceneStep[]): Promise<void> {
    if (this.running) throw new Error(`scene already running, cannot start ${name}`);
    this.running = true;
    const undo: UndoEntry[] = [];

    try {
      for (const step of steps) {
        let previous: DeviceState | undefined;
        hub
          .getState(step.deviceId)
          .then((state) => {
            previous = state;
          })
          .catch((err) => this.emit('warning', `no state for ${step.deviceId}: ${err}`));
        undo.push({ deviceId: step.deviceId, previous });

        if (step.delayMs) await new Promise((r) => setTimeout(r, step.delayMs));
        await hub.setState(step.deviceId, step.target);
        this.emit('step', name, step.deviceId);
      }
      this.undoStack.push(undo);
      if (this.undoStack.length > 10) this.undoStack.shift();
      this.emit('activated', name);
    } finally {
      this.running = false;
    }
  }

  async undoLast(): Promise<boolean> {
    const entries = this.undoStack.pop();
    if (!entries) return false;
    for (const { deviceId, previous } of entries.reverse()) {
      if (!previous) continue;
      await hub.setState(deviceId, previous);
    }
    this.emit('undone');
    return true;
  }
}

export function eveningScene(livingRoom: string[], hallway: string): SceneStep[] {
  return [
    ...livingRoom.map((id) => ({ deviceId: id, target: { on: true, brightness: 40, colorTemp: 2700 } })),
    { deviceId: hallway, target: { on: true, brightness: 15 }, delayMs: 500 },
  ];
}
