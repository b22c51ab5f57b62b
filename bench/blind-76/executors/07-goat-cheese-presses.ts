// expect: no-multiple-settle
// A 'busy' reply deletes the pending entry and clears its timer but neither resolves nor rejects, so that cycle's promise never settles.
export interface PressCommand {
  mould: 'tomme' | 'crottin' | 'chevre-log';
  targetKpa: number;
  holdSeconds: number;
  flips: number;
}

export interface PressCycleResult {
  pressureKpa: number;
  wheyMl: number;
  durationMs: number;
}

type PressReply =
  | { id: number; status: 'ok'; pressureKpa: number; wheyMl: number; durationMs: number }
  | { id: number; status: 'fault'; code: string; detail?: string }
  | { id: number; status: 'busy'; retryAfterMs: number };

export interface LineTransport {
  write(line: string): boolean;
  on(event: 'line', listener: (line: string) => void): void;
  on(event: 'close', listener: () => void): void;
}

declare const dairyLog: {
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

export class PressFault extends Error {
  constructor(
    readonly code: string,
    detail?: string,
  ) {
    super(detail ? `press fault ${code}: ${detail}` : `press fault ${code}`);
    this.name = 'PressFault';
  }
}

interface PendingCycle {
  deferred: PromiseWithResolvers<PressCycleResult>;
  timer: NodeJS.Timeout;
}

export class PressLink {
  private nextId = 1;
  private readonly pending = new Map<number, PendingCycle>();

  constructor(
    private readonly transport: LineTransport,
    private readonly replyTimeoutMs = 15 * 60_000,
  ) {
    transport.on('line', (line) => this.onLine(line));
    transport.on('close', () => this.failAll(new Error('press link closed')));
  }

  runCycle(cmd: PressCommand): Promise<PressCycleResult> {
    const id = this.nextId++;
    const deferred = Promise.withResolvers<PressCycleResult>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      deferred.reject(new Error(`press cycle ${id} got no reply in ${this.replyTimeoutMs} ms`));
    }, this.replyTimeoutMs);
    this.pending.set(id, { deferred, timer });
    this.transport.write(`${JSON.stringify({ id, ...cmd })}\n`);
    return deferred.promise;
  }

  private onLine(line: string): void {
    let reply: PressReply;
    try {
      reply = JSON.parse(line) as PressReply;
    } catch {
      dairyLog.warn('unparseable press reply', { line: line.slice(0, 120) });
      return;
    }

    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);

    if (reply.status === 'ok') {
      entry.deferred.resolve({
        pressureKpa: reply.pressureKpa,
        wheyMl: reply.wheyMl,
        durationMs: reply.durationMs,
      });
    } else if (reply.status === 'fault') {
      dairyLog.error('press reported fault', { id: reply.id, code: reply.code });
      entry.deferred.reject(new PressFault(reply.code, reply.detail));
    }
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.deferred.reject(err);
      this.pending.delete(id);
    }
  }
}

export async function pressBatch(link: PressLink, cmds: PressCommand[]): Promise<number> {
  let totalWhey = 0;
  for (const cmd of cmds) {
    const result = await link.runCycle(cmd);
    totalWhey += result.wheyMl;
  }
  return totalWhey;
}
