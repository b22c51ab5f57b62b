// expect: none
// The reset results from Promise.allSettled are partitioned by status, failed locks are reported with their reasons and turned into an AggregateError, so no rejection is silently ignored.
export interface RoomLock {
  id: string;
  kind: 'maglock' | 'keypad' | 'rfid' | 'servo';
  reset(): Promise<void>;
}

export interface GameMasterConsole {
  warn(message: string): void;
  info(message: string): void;
}

export interface ResetReport {
  roomId: string;
  ready: string[];
  failed: Array<{ lockId: string; reason: string }>;
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export class RoomResetter {
  constructor(private readonly console: GameMasterConsole) {}

  async resetRoom(roomId: string, locks: RoomLock[]): Promise<ResetReport> {
    const results = await Promise.allSettled(locks.map((lock) => lock.reset()));
    const report: ResetReport = { roomId, ready: [], failed: [] };

    results.forEach((result, i) => {
      const lock = locks[i]!;
      if (result.status === 'fulfilled') {
        report.ready.push(lock.id);
      } else {
        report.failed.push({ lockId: lock.id, reason: describeReason(result.reason) });
      }
    });

    if (report.failed.length > 0) {
      for (const f of report.failed) this.console.warn(`[${roomId}] ${f.lockId} did not reset: ${f.reason}`);
    } else {
      this.console.info(`[${roomId}] all ${locks.length} locks armed`);
    }
    return report;
  }

  async resetOrThrow(roomId: string, locks: RoomLock[]): Promise<void> {
    const report = await this.resetRoom(roomId, locks);
    if (report.failed.length > 0) {
      throw new AggregateError(
        report.failed.map((f) => new Error(`${f.lockId}: ${f.reason}`)),
        `${report.failed.length} of ${locks.length} locks in ${roomId} failed to reset`,
      );
    }
  }
}

export function nextGameSlot(lastEnd: Date, resetMinutes: number): Date {
  const slot = new Date(lastEnd.getTime() + resetMinutes * 60_000);
  const minutes = slot.getMinutes();
  slot.setMinutes(Math.ceil(minutes / 15) * 15, 0, 0);
  return slot;
}
