// expect: none
// Pending requests are stored deferreds; each is removed from the map before it settles, error replies reject, the timer is cleared, and socket close/error rejects whatever is still pending, so each settles exactly once.
import { createConnection, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

export interface PilotAssignment {
  vesselImo: string;
  pilotId: string;
  boardingPoint: string;
  boardingAt: string;
}

type DispatchReply =
  | { ref: number; ok: true; assignment: PilotAssignment }
  | { ref: number; ok: false; reason: string };

interface Pending {
  resolve: (value: PilotAssignment) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class PilotDispatchClient {
  private readonly pending = new Map<number, Pending>();
  private nextRef = 1;
  private readonly socket: Socket;

  constructor(host: string, port: number, private readonly requestTimeoutMs = 10_000) {
    this.socket = createConnection({ host, port });
    const lines = createInterface({ input: this.socket });
    lines.on('line', (line) => this.onLine(line));
    this.socket.on('error', (err) => this.failAll(err));
    this.socket.on('close', () => this.failAll(new Error('dispatch connection closed')));
  }

  requestPilot(vesselImo: string, etaIso: string): Promise<PilotAssignment> {
    const ref = this.nextRef++;
    const { promise, resolve, reject } = Promise.withResolvers<PilotAssignment>();
    const timer = setTimeout(() => {
      if (this.pending.delete(ref)) {
        reject(new Error(`dispatch did not answer request ${ref} for ${vesselImo}`));
      }
    }, this.requestTimeoutMs);
    this.pending.set(ref, { resolve, reject, timer });
    this.socket.write(JSON.stringify({ ref, op: 'request-pilot', vesselImo, eta: etaIso }) + '\n');
    return promise;
  }

  private onLine(line: string) {
    let reply: DispatchReply;
    try {
      reply = JSON.parse(line) as DispatchReply;
    } catch {
      return;
    }
    const entry = this.pending.get(reply.ref);
    if (!entry) return;
    this.pending.delete(reply.ref);
    clearTimeout(entry.timer);
    if (reply.ok) {
      entry.resolve(reply.assignment);
    } else {
      entry.reject(new Error(`dispatch refused: ${reply.reason}`));
    }
  }

  private failAll(err: Error) {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }

  close() {
    this.socket.end();
  }
}

export async function bookInboundPilots(
  client: PilotDispatchClient,
  arrivals: Array<{ imo: string; eta: string }>,
) {
  const results = await Promise.allSettled(arrivals.map((a) => client.requestPilot(a.imo, a.eta)));
  return results.map((r, i) =>
    r.status === 'fulfilled'
      ? { imo: arrivals[i].imo, assignment: r.value }
      : { imo: arrivals[i].imo, error: String(r.reason) },
  );
}
