// expect: no-floating-promises
// lockdownSection uses gates.forEach(async ...), so the lock operations run unawaited, failures are dropped, and 'section sealed' is logged before any gate is locked.
export interface MazeGate {
  gateId: string;
  section: string;
  kind: 'entry' | 'internal' | 'exit';
  locked: boolean;
}

export interface LockdownReport {
  section: string;
  requested: number;
  alreadyLocked: number;
  startedAt: number;
}

declare const gateController: {
  lock(gateId: string, reason: string): Promise<void>;
  unlock(gateId: string): Promise<void>;
  state(gateId: string): Promise<{ locked: boolean; obstructed: boolean }>;
};
declare const gardenLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};
declare const visitorCounter: {
  inside(section: string): Promise<number>;
};

export class HedgeMazeSecurity {
  private readonly gates = new Map<string, MazeGate>();

  constructor(gates: MazeGate[]) {
    for (const gate of gates) this.gates.set(gate.gateId, { ...gate });
  }

  private gatesIn(section: string): MazeGate[] {
    return [...this.gates.values()].filter((g) => g.section === section);
  }

  async lockdownSection(section: string, reason: string): Promise<LockdownReport> {
    const gates = this.gatesIn(section);
    const toLock = gates.filter((g) => !g.locked && g.kind !== 'exit');
    const visitors = await visitorCounter.inside(section);
    if (visitors > 0) {
      gardenLog.warn('locking section with visitors inside; exits stay open', { section, visitors });
    }

    toLock.forEach(async (gate) => {
      const state = await gateController.state(gate.gateId);
      if (state.obstructed) {
        gardenLog.warn('gate obstructed, cannot lock', { gateId: gate.gateId });
        return;
      }
      await gateController.lock(gate.gateId, reason);
      gate.locked = true;
    });

    gardenLog.info('section sealed', { section, gates: toLock.length, reason });
    return {
      section,
      requested: toLock.length,
      alreadyLocked: gates.length - toLock.length,
      startedAt: Date.now(),
    };
  }

  async reopenSection(section: string): Promise<number> {
    let reopened = 0;
    for (const gate of this.gatesIn(section)) {
      if (!gate.locked) continue;
      await gateController.unlock(gate.gateId);
      gate.locked = false;
      reopened += 1;
    }
    return reopened;
  }

  lockedGates(): string[] {
    return [...this.gates.values()].filter((g) => g.locked).map((g) => g.gateId);
  }
}
