// expect: none
// Each pending request's stored resolve/reject is removed from the map before it is called, and its timer is cleared, so replies, timeouts and link closure settle it at most once.
import type { EventEmitter } from "node:events";

export interface HornStatus {
  stationId: string;
  compressorBar: number;
  diaphragmOk: boolean;
  lastBlastAt: string | null;
}

interface Reply {
  id: number;
  ok: boolean;
  body: unknown;
  error?: string;
}

interface Pending {
  resolve: (body: unknown) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
  verb: string;
}

declare const telemetryLink: EventEmitter & { send(frame: string): void };

export class FogHornClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  constructor(private readonly timeoutMs = 5_000) {
    telemetryLink.on("reply", (reply: Reply) => this.onReply(reply));
    telemetryLink.on("close", () => this.failAll(new Error("telemetry link closed")));
  }

  private onReply(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return; // late reply after timeout; already settled
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.ok) {
      entry.resolve(reply.body);
    } else {
      entry.reject(new Error(`${entry.verb} failed: ${reply.error ?? "unknown error"}`));
    }
  }

  private failAll(err: Error): void {
    this.closed = true;
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }

  private request(verb: string, args: Record<string, unknown>): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error("telemetry link closed"));
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(id)) {
          reject(new Error(`${verb} timed out after ${this.timeoutMs} ms`));
        }
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer, verb });
      try {
        telemetryLink.send(JSON.stringify({ id, verb, args }));
      } catch (err) {
        this.pending.delete(id);
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  async status(stationId: string): Promise<HornStatus> {
    const body = (await this.request("status", { stationId })) as Partial<HornStatus>;
    return {
      stationId,
      compressorBar: Number(body.compressorBar ?? 0),
      diaphragmOk: body.diaphragmOk === true,
      lastBlastAt: body.lastBlastAt ?? null,
    };
  }

  async sound(stationId: string, pattern: "2-long" | "1-long-2-short", repeats: number) {
    if (repeats < 1 || repeats > 120) throw new RangeError(`repeats out of range: ${repeats}`);
    const current = await this.status(stationId);
    if (current.compressorBar < 6) {
      throw new Error(`station ${stationId} compressor at ${current.compressorBar} bar`);
    }
    await this.request("sound", { stationId, pattern, repeats });
  }

  pendingCount(): number {
    return this.pending.size;
  }
}
