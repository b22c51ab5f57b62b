// expect: no-uncalled-async-function
// shutdown() puts the releaseShuttleLock method itself into Promise.all instead of calling it, so the shuttle lock is never released.
import { EventEmitter } from 'node:events';

export interface WarpState {
  loomId: string;
  threadsPerCm: number;
  pickCount: number;
  pattern: string;
  lastSide: 'left' | 'right';
}

declare const loomStore: {
  loadState(loomId: string): Promise<WarpState | undefined>;
  saveState(state: WarpState): Promise<void>;
};

declare const lockService: {
  acquire(key: string, ttlMs: number): Promise<string>;
  release(key: string, token: string): Promise<void>;
};

declare const loomIo: {
  lift(loomId: string, heddles: number[]): Promise<void>;
  throwShuttle(loomId: string, from: 'left' | 'right'): Promise<void>;
  beat(loomId: string, force: number): Promise<void>;
};

const CHECKPOINT_EVERY = 50;

export class LoomSession extends EventEmitter {
  private lockToken: string | undefined;
  private stopped = false;

  private constructor(private state: WarpState) {
    super();
  }

  static async open(loomId: string, pattern: string, threadsPerCm = 8): Promise<LoomSession> {
    const saved = await loomStore.loadState(loomId);
    const state: WarpState = saved ?? { loomId, threadsPerCm, pickCount: 0, pattern, lastSide: 'right' };
    const session = new LoomSession(state);
    session.lockToken = await lockService.acquire(session.lockKey, 10 * 60_000);
    return session;
  }

  private get lockKey(): string {
    return `loom:${this.state.loomId}:shuttle`;
  }

  get picks(): number {
    return this.state.pickCount;
  }

  async weaveRow(heddles: number[], beatForce = 0.6): Promise<void> {
    if (this.stopped) throw new Error(`loom ${this.state.loomId} session already stopped`);
    const from = this.state.lastSide === 'left' ? 'right' : 'left';
    await loomIo.lift(this.state.loomId, heddles);
    await loomIo.throwShuttle(this.state.loomId, from);
    await loomIo.beat(this.state.loomId, beatForce);
    this.state.lastSide = from;
    this.state.pickCount++;
    this.emit('pick', this.state.pickCount);
    if (this.state.pickCount % CHECKPOINT_EVERY === 0) {
      await this.persistWarpState();
    }
  }

  async weaveMotif(rows: number[][]): Promise<void> {
    for (const heddles of rows) {
      await this.weaveRow(heddles);
    }
  }

  private async persistWarpState(): Promise<void> {
    await loomStore.saveState({ ...this.state });
    this.emit('checkpoint', this.state.pickCount);
  }

  private async releaseShuttleLock(): Promise<void> {
    const token = this.lockToken;
    if (!token) return;
    this.lockToken = undefined;
    await lockService.release(this.lockKey, token);
  }

  async shutdown(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.all([this.persistWarpState(), this.releaseShuttleLock]);
    this.emit('stopped', { loomId: this.state.loomId, picks: this.state.pickCount });
  }
}
