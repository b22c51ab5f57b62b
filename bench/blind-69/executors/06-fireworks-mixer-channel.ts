// expect: none
// Each stored deferred is removed from the pending map (and its timer cleared) before it is settled, and close() rejects whatever is left, so every request settles exactly once.
export interface MixerCommand {
  op: 'dose' | 'blend' | 'purge';
  compound: string;
  grams: number;
}

export interface MixerAck {
  seq: number;
  ok: boolean;
  measuredGrams?: number;
  error?: string;
}

export interface LabLink {
  on(event: 'message', listener: (payload: string) => void): void;
  on(event: 'close', listener: (reason: string) => void): void;
  send(payload: string): void;
}

interface PendingCommand {
  deferred: PromiseWithResolvers<MixerAck>;
  timer: ReturnType<typeof setTimeout>;
  command: MixerCommand;
}

export class MixerRejectedError extends Error {
  constructor(readonly command: MixerCommand, reason: string) {
    super(`${command.op} of ${command.grams}g ${command.compound} rejected: ${reason}`);
    this.name = 'MixerRejectedError';
  }
}

export class MixerChannel {
  private readonly pending = new Map<number, PendingCommand>();
  private nextSeq = 1;
  private closedReason: string | null = null;

  constructor(private readonly link: LabLink, private readonly ackTimeoutMs = 15_000) {
    link.on('message', (payload) => this.handleMessage(payload));
    link.on('close', (reason) => this.handleClose(reason));
  }

  send(command: MixerCommand): Promise<MixerAck> {
    if (this.closedReason !== null) {
      return Promise.reject(new Error(`mixer link closed: ${this.closedReason}`));
    }
    const seq = this.nextSeq++;
    const deferred = Promise.withResolvers<MixerAck>();
    const timer = setTimeout(() => {
      if (this.pending.delete(seq)) {
        deferred.reject(new Error(`no ack for ${command.op} #${seq} after ${this.ackTimeoutMs}ms`));
      }
    }, this.ackTimeoutMs);
    this.pending.set(seq, { deferred, timer, command });
    this.link.send(JSON.stringify({ seq, ...command }));
    return deferred.promise;
  }

  private handleMessage(payload: string): void {
    let ack: MixerAck;
    try {
      ack = JSON.parse(payload) as MixerAck;
    } catch {
      return;
    }
    const entry = this.pending.get(ack.seq);
    if (!entry) return;
    this.pending.delete(ack.seq);
    clearTimeout(entry.timer);
    if (ack.ok) {
      entry.deferred.resolve(ack);
    } else {
      entry.deferred.reject(new MixerRejectedError(entry.command, ack.error ?? 'unspecified'));
    }
  }

  private handleClose(reason: string): void {
    this.closedReason = reason;
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.deferred.reject(new Error(`mixer link closed during ${entry.command.op}: ${reason}`));
    }
  }
}

export async function mixStarCompound(channel: MixerChannel, recipe: readonly MixerCommand[]): Promise<number> {
  let dosed = 0;
  for (const step of recipe) {
    const ack = await channel.send(step);
    dosed += ack.measuredGrams ?? 0;
  }
  await channel.send({ op: 'purge', compound: 'line', grams: 0 });
  return dosed;
}
