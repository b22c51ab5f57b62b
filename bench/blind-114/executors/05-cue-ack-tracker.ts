// expect: none
// Each pending acknowledgement is removed from the map and has its timer cleared at the moment it settles, so late or duplicate acks can never settle it again.
import { EventEmitter } from 'node:events';

export interface SurtitleCue {
  id: string;
  act: number;
  lines: string[];
  lang: string;
}

export interface CueAck {
  cueId: string;
  screen: string;
  shownAt: number;
}

interface PendingAck {
  deferred: PromiseWithResolvers<CueAck>;
  timer: NodeJS.Timeout;
}

export class SurtitleAckTracker {
  private readonly pending = new Map<string, PendingAck>();

  constructor(
    private readonly link: EventEmitter,
    private readonly ackTimeoutMs = 1500,
  ) {
    link.on('ack', (ack: CueAck) => {
      this.settle(ack.cueId, (p) => p.deferred.resolve(ack));
    });
    link.on('nack', (cueId: string, reason: string) => {
      this.settle(cueId, (p) => p.deferred.reject(new Error(`screen refused cue ${cueId}: ${reason}`)));
    });
    link.on('disconnect', () => {
      this.rejectAll(new Error('surtitle screen disconnected'));
    });
  }

  get outstanding(): number {
    return this.pending.size;
  }

  show(cue: SurtitleCue): Promise<CueAck> {
    const ack = this.expectAck(cue.id);
    this.link.emit('send', { type: 'cue', ...cue });
    return ack;
  }

  clear(): Promise<CueAck> {
    const ack = this.expectAck('__blank__');
    this.link.emit('send', { type: 'blank', id: '__blank__' });
    return ack;
  }

  private expectAck(cueId: string): Promise<CueAck> {
    const existing = this.pending.get(cueId);
    if (existing) return existing.deferred.promise;

    const deferred = Promise.withResolvers<CueAck>();
    const timer = setTimeout(() => {
      this.settle(cueId, (p) =>
        p.deferred.reject(new Error(`no acknowledgement for cue ${cueId} within ${this.ackTimeoutMs}ms`)),
      );
    }, this.ackTimeoutMs);
    this.pending.set(cueId, { deferred, timer });
    return deferred.promise;
  }

  private settle(cueId: string, apply: (p: PendingAck) => void): void {
    const entry = this.pending.get(cueId);
    if (!entry) return;
    this.pending.delete(cueId);
    clearTimeout(entry.timer);
    apply(entry);
  }

  private rejectAll(err: Error): void {
    for (const cueId of [...this.pending.keys()]) {
      this.settle(cueId, (p) => p.deferred.reject(err));
    }
  }
}
