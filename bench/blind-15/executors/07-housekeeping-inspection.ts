// expect: none
// All awaits happen outside the executor; the waiter settles once on the matching result, on abort or on timeout, and a failed dispatch aborts it.
import { EventEmitter } from 'node:events';

export type RoomStatus = 'dirty' | 'cleaning' | 'clean' | 'inspected' | 'out-of-order';

export interface InspectionResult {
  roomId: string;
  inspector: string;
  passed: boolean;
  notes: string[];
  status: RoomStatus;
}

export interface AuthClient {
  token(): Promise<string>;
}

export interface TabletBoard extends EventEmitter {}

export class HousekeepingClient {
  constructor(
    private readonly baseUrl: string,
    private readonly auth: AuthClient,
    private readonly board: TabletBoard,
    private readonly inspectionTimeoutMs = 15 * 60_000,
  ) {}

  private waitForInspection(roomId: string, signal: AbortSignal): Promise<InspectionResult> {
    return new Promise<InspectionResult>((resolve, reject) => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const finish = () => {
        clearTimeout(timer);
        this.board.off('inspection', onResult);
        signal.removeEventListener('abort', onAbort);
      };
      const onResult = (result: InspectionResult) => {
        if (result.roomId !== roomId) return;
        finish();
        resolve(result);
      };
      const onAbort = () => {
        finish();
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`room ${roomId} was not inspected in time`));
      }, this.inspectionTimeoutMs);

      this.board.on('inspection', onResult);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private async dispatch(token: string, roomId: string, inspector: string): Promise<void> {
    const res = await fetch(`${this.baseUrl}/rooms/${encodeURIComponent(roomId)}/inspections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ inspector, requestedAt: new Date().toISOString() }),
    });
    if (!res.ok) {
      throw new Error(`inspection request for ${roomId} failed: ${res.status} ${await res.text()}`);
    }
  }

  async requestInspection(roomId: string, inspector: string): Promise<InspectionResult> {
    const token = await this.auth.token();
    const cancel = new AbortController();

    // Listen before dispatching so a fast tablet response is not missed.
    const waiting = this.waitForInspection(roomId, cancel.signal);
    const dispatched = this.dispatch(token, roomId, inspector).catch((err: unknown) => {
      cancel.abort(err);
      throw err;
    });

    const [, result] = await Promise.all([dispatched, waiting]);
    return result;
  }

  async inspectFloor(rooms: string[], inspector: string): Promise<Map<string, RoomStatus>> {
    const statuses = new Map<string, RoomStatus>();
    for (const roomId of rooms) {
      const result = await this.requestInspection(roomId, inspector);
      statuses.set(roomId, result.passed ? 'inspected' : 'dirty');
    }
    return statuses;
  }
}
