// expect: none
// Each pending request's timer is cleared when its reply arrives, late replies are ignored once the entry is deleted, and error/close reject everything still pending exactly once.
import type { Socket } from "node:net";
import { createInterface } from "node:readline";

export interface LaneReply {
  id: number;
  lane: number;
  ok: boolean;
  error?: string;
  arrows?: Array<{ ring: number; x: number; y: number }>;
}

interface Pending {
  lane: number;
  resolve: (reply: LaneReply) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

declare function connectRangeLink(host: string, port: number): Socket;

export class TargetController {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly socket: Socket;

  constructor(host: string, port = 7300, private readonly timeoutMs = 3_000) {
    this.socket = connectRangeLink(host, port);
    const lines = createInterface({ input: this.socket });
    lines.on("line", (line) => this.onLine(line));
    this.socket.on("error", (err) => this.failAll(err));
    this.socket.on("close", () => this.failAll(new Error("range link closed")));
  }

  request(lane: number, command: "retrieve" | "score" | "reset" | "lamp-on" | "lamp-off"): Promise<LaneReply> {
    const id = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<LaneReply>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      reject(new Error(`lane ${lane} did not answer "${command}" within ${this.timeoutMs}ms`));
    }, this.timeoutMs);
    this.pending.set(id, { lane, resolve, reject, timer });
    this.socket.write(JSON.stringify({ id, lane, command }) + "\n");
    return promise;
  }

  async scoreEnd(lanes: number[]): Promise<Map<number, number>> {
    const replies = await Promise.all(lanes.map((lane) => this.request(lane, "score")));
    const totals = new Map<number, number>();
    for (const reply of replies) {
      const arrows = reply.arrows ?? [];
      totals.set(reply.lane, arrows.reduce((sum, a) => sum + a.ring, 0));
    }
    return totals;
  }

  private onLine(line: string): void {
    let msg: LaneReply;
    try {
      msg = JSON.parse(line) as LaneReply;
    } catch {
      return; // lamp controllers occasionally emit diagnostics that are not JSON
    }
    const entry = this.pending.get(msg.id);
    if (!entry) return; // reply arrived after its timeout
    this.pending.delete(msg.id);
    clearTimeout(entry.timer);
    if (msg.ok) entry.resolve(msg);
    else entry.reject(new Error(`lane ${entry.lane}: ${msg.error ?? "unknown controller error"}`));
  }

  private failAll(err: Error): void {
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
    this.pending.clear();
  }

  close(): void {
    this.socket.end();
  }
}
