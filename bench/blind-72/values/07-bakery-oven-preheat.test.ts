// expect: no-promise-as-value
// The 'reports ready once at temperature' test calls assert.ok(controller.isReady('deck')) on an async method, so it asserts a Promise (always truthy) and can never fail.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type OvenId = 'deck' | 'rack' | 'wood-fired';

interface OvenState {
  tempC: number;
  targetC: number;
  doorOpen: boolean;
  steamOn: boolean;
}

interface Probe {
  read(oven: OvenId): Promise<number>;
}

class PreheatController {
  private readonly ovens = new Map<OvenId, OvenState>();

  constructor(private readonly probe: Probe) {}

  setTarget(oven: OvenId, targetC: number): void {
    const state = this.ovens.get(oven) ?? { tempC: 20, targetC, doorOpen: false, steamOn: false };
    this.ovens.set(oven, { ...state, targetC });
  }

  openDoor(oven: OvenId, open: boolean): void {
    const state = this.ovens.get(oven);
    if (state) state.doorOpen = open;
  }

  async refresh(oven: OvenId): Promise<OvenState> {
    const state = this.ovens.get(oven);
    if (!state) throw new Error(`oven ${oven} has no target`);
    state.tempC = await this.probe.read(oven);
    return state;
  }

  async isReady(oven: OvenId): Promise<boolean> {
    const state = await this.refresh(oven);
    // Bread goes in within 5°C of target and only with the door shut.
    return !state.doorOpen && Math.abs(state.tempC - state.targetC) <= 5;
  }

  async minutesToReady(oven: OvenId, degreesPerMinute: number): Promise<number> {
    const state = await this.refresh(oven);
    const gap = state.targetC - 5 - state.tempC;
    return gap <= 0 ? 0 : Math.ceil(gap / degreesPerMinute);
  }
}

class FakeProbe implements Probe {
  readonly temps = new Map<OvenId, number>();
  async read(oven: OvenId): Promise<number> {
    return this.temps.get(oven) ?? 20;
  }
}

let probe: FakeProbe;
let controller: PreheatController;

beforeEach(() => {
  probe = new FakeProbe();
  controller = new PreheatController(probe);
  controller.setTarget('deck', 230);
  controller.setTarget('wood-fired', 320);
});

test('is not ready while still heating', async () => {
  probe.temps.set('deck', 180);
  assert.equal(await controller.isReady('deck'), false);
});

test('reports ready once at temperature', async () => {
  probe.temps.set('deck', 228);
  await controller.refresh('deck');
  assert.ok(controller.isReady('deck'));
});

test('an open door blocks readiness', async () => {
  probe.temps.set('deck', 231);
  controller.openDoor('deck', true);
  assert.equal(await controller.isReady('deck'), false);
});

test('estimates minutes to ready from the heating rate', async () => {
  probe.temps.set('wood-fired', 255);
  assert.equal(await controller.minutesToReady('wood-fired', 6), 10);
});

test('refuses an oven without a target', async () => {
  await assert.rejects(controller.refresh('rack'), /has no target/);
});
