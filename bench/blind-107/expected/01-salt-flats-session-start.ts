// expect: no-uncalled-async-function
// startSession passes `this.syncClocks` (the method itself, not a call) to Promise.all next to armGates(), so the gate clocks are never synchronised to GPS time and every split of the session carries the controllers' drift.
import { EventEmitter } from 'node:events';

export interface GateController {
  id: string;
  setEpoch(gpsEpochMicros: bigint): Promise<void>;
  arm(): Promise<void>;
  disarm(): Promise<void>;
}

export interface GpsClock {
  nowMicros(): Promise<bigint>;
}

export type SessionState = 'idle' | 'starting' | 'live' | 'closed';

export class TimingSession extends EventEmitter {
  private state: SessionState = 'idle';

  constructor(
    private readonly gates: GateController[],
    private readonly gps: GpsClock,
    readonly course: 'long' | 'short',
  ) {
    super();
  }

  get current(): SessionState {
    return this.state;
  }

  async syncClocks(): Promise<void> {
    const epoch = await this.gps.nowMicros();
    await Promise.all(this.gates.map((g) => g.setEpoch(epoch)));
    this.emit('clocks-synced', epoch);
  }

  async armGates(): Promise<void> {
    await Promise.all(this.gates.map((g) => g.arm()));
    this.emit('armed', this.gates.map((g) => g.id));
  }

  async startSession(): Promise<void> {
    if (this.state !== 'idle') throw new Error(`cannot start a session that is ${this.state}`);
    this.state = 'starting';
    try {
      await Promise.all([this.syncClocks, this.armGates()]);
      this.state = 'live';
      this.emit('live', { course: this.course, gates: this.gates.length });
    } catch (err) {
      this.state = 'idle';
      // best effort: the original failure is what the operator needs to see
      await Promise.all(this.gates.map((g) => g.disarm().catch((e: unknown) => this.emit('disarm-failed', g.id, e))));
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    await Promise.all(this.gates.map((g) => g.disarm()));
  }
}
