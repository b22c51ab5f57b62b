// expect: none
// Every condition tests an awaited value, and the ?? only chooses between two promises for de-duplication before the result is awaited.
export interface LockState {
  lockId: string;
  open: boolean;
  code: string;
  attemptsLeft: number;
}

export interface RoomStatus {
  roomId: string;
  locksOpen: number;
  locksTotal: number;
  minutesLeft: number;
}

declare const lockBridge: {
  state(roomId: string, lockId: string): Promise<LockState>;
  isOpen(roomId: string, lockId: string): Promise<boolean>;
  submit(roomId: string, lockId: string, code: string): Promise<boolean>;
  release(roomId: string, lockId: string): Promise<void>;
};

declare const roomClock: {
  minutesLeft(roomId: string): Promise<number>;
};

declare const gmConsole: {
  notify(roomId: string, text: string): Promise<void>;
};

export class RoomLocks {
  private readonly inflight = new Map<string, Promise<LockState>>();

  constructor(
    private readonly roomId: string,
    private readonly lockIds: string[],
  ) {}

  private loadState(lockId: string): Promise<LockState> {
    const pending =
      this.inflight.get(lockId) ??
      lockBridge.state(this.roomId, lockId).finally(() => this.inflight.delete(lockId));
    this.inflight.set(lockId, pending);
    return pending;
  }

  async tryCode(lockId: string, code: string): Promise<'opened' | 'wrong' | 'locked-out' | 'already-open'> {
    if (await lockBridge.isOpen(this.roomId, lockId)) return 'already-open';

    const state = await this.loadState(lockId);
    if (state.attemptsLeft === 0) return 'locked-out';

    const accepted = await lockBridge.submit(this.roomId, lockId, code.trim().toUpperCase());
    if (!accepted) {
      if (state.attemptsLeft === 1) {
        await gmConsole.notify(this.roomId, `lock ${lockId} locked out, consider a hint`);
      }
      return 'wrong';
    }
    await lockBridge.release(this.roomId, lockId);
    return 'opened';
  }

  async status(): Promise<RoomStatus> {
    const states = await Promise.all(this.lockIds.map((id) => this.loadState(id)));
    const minutesLeft = await roomClock.minutesLeft(this.roomId);
    return {
      roomId: this.roomId,
      locksOpen: states.filter((s) => s.open).length,
      locksTotal: states.length,
      minutesLeft,
    };
  }

  async escaped(): Promise<boolean> {
    const { locksOpen, locksTotal, minutesLeft } = await this.status();
    return locksOpen === locksTotal && minutesLeft >= 0;
  }
}
