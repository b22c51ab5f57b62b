// expect: none
// Stored resolve/reject pairs are deleted from the pending map before settling, each timeout is cleared on reply, and close/error reject whatever is still pending.
export interface ClimateReading {
  gallery: string;
  tempC: number;
  relHumidity: number;
}

type Request =
  | { id: number; op: 'read'; gallery: string }
  | { id: number; op: 'setpoint'; gallery: string; tempC: number; relHumidity: number };

type Reply =
  | { id: number; ok: true; reading: ClimateReading }
  | { id: number; ok: false; error: string };

interface Pending {
  resolve: (reading: ClimateReading) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

// Wax softens above ~24°C; keep every gallery under this.
export const WAX_SAFE_MAX_C = 21;

export class ClimateLink {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly socket: WebSocket, private readonly replyTimeoutMs = 8_000) {
    socket.addEventListener('message', (event) => this.onMessage(event));
    socket.addEventListener('close', () => this.failAll(new Error('climate link closed')));
    socket.addEventListener('error', () => this.failAll(new Error('climate link error')));
  }

  read(gallery: string): Promise<ClimateReading> {
    return this.call({ id: this.nextId++, op: 'read', gallery });
  }

  setpoint(gallery: string, tempC: number, relHumidity: number): Promise<ClimateReading> {
    const safeTemp = Math.min(tempC, WAX_SAFE_MAX_C);
    return this.call({ id: this.nextId++, op: 'setpoint', gallery, tempC: safeTemp, relHumidity });
  }

  private call(request: Request): Promise<ClimateReading> {
    if (this.socket.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error(`climate link not open (state ${this.socket.readyState})`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<ClimateReading>();
    const timer = setTimeout(() => {
      this.pending.delete(request.id);
      reject(new Error(`climate ${request.op} for ${request.gallery} timed out`));
    }, this.replyTimeoutMs);
    this.pending.set(request.id, { resolve, reject, timer });
    try {
      this.socket.send(JSON.stringify(request));
    } catch (err) {
      this.pending.delete(request.id);
      clearTimeout(timer);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
    return promise;
  }

  private onMessage(event: MessageEvent): void {
    let reply: Reply;
    try {
      reply = JSON.parse(String(event.data)) as Reply;
    } catch {
      return; // heartbeat frames are not JSON
    }
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.ok) {
      entry.resolve(reply.reading);
    } else {
      entry.reject(new Error(reply.error));
    }
  }

  private failAll(err: Error): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }
}

export async function nightlyDrift(link: ClimateLink, galleries: string[]): Promise<string[]> {
  const drifting: string[] = [];
  for (const gallery of galleries) {
    const reading = await link.read(gallery);
    if (reading.tempC > WAX_SAFE_MAX_C || reading.relHumidity > 55) {
      drifting.push(gallery);
      await link.setpoint(gallery, 19, 45);
    }
  }
  return drifting;
}
