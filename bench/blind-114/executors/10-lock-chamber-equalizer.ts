// expect: no-multiple-settle
// The stored equalization deferred is never cleared after it resolves, so later level readings resolve it again and a subsequent PLC fault rejects the already-settled deferred.
import { EventEmitter } from 'node:events';

export type Side = 'upstream' | 'downstream';

export interface LevelReading {
  chamber: number;
  upstreamCm: number;
  downstreamCm: number;
  chamberCm: number;
}

export interface SluiceCommand {
  chamber: number;
  action: 'open-fill-sluice' | 'open-drain-sluice' | 'close-sluices' | 'open-gate' | 'close-gate';
  side?: Side;
}

export class LockChamber {
  private equalizing: PromiseWithResolvers<LevelReading> | null = null;
  private target: Side = 'upstream';
  private lastReading: LevelReading | null = null;

  constructor(
    private readonly id: number,
    private readonly plc: EventEmitter,
    private readonly toleranceCm = 3,
  ) {
    plc.on('level', (r: LevelReading) => this.onLevel(r));
    plc.on('fault', (chamber: number, code: string) => {
      if (chamber === this.id) this.onFault(code);
    });
  }

  equalizeTo(side: Side): Promise<LevelReading> {
    if (this.equalizing) return this.equalizing.promise;
    this.target = side;
    this.equalizing = Promise.withResolvers<LevelReading>();
    this.send({ chamber: this.id, action: side === 'upstream' ? 'open-fill-sluice' : 'open-drain-sluice' });
    return this.equalizing.promise;
  }

  async passVessel(from: Side, to: Side): Promise<void> {
    await this.equalizeTo(from);
    this.send({ chamber: this.id, action: 'open-gate', side: from });
    this.send({ chamber: this.id, action: 'close-gate', side: from });
    await this.equalizeTo(to);
    this.send({ chamber: this.id, action: 'open-gate', side: to });
  }

  get level(): LevelReading | null {
    return this.lastReading;
  }

  private onLevel(r: LevelReading): void {
    if (r.chamber !== this.id) return;
    this.lastReading = r;
    if (!this.equalizing) return;

    const reference = this.target === 'upstream' ? r.upstreamCm : r.downstreamCm;
    if (Math.abs(reference - r.chamberCm) <= this.toleranceCm) {
      this.send({ chamber: this.id, action: 'close-sluices' });
      this.equalizing.resolve(r);
    }
  }

  private onFault(code: string): void {
    this.send({ chamber: this.id, action: 'close-sluices' });
    this.equalizing?.reject(new Error(`chamber ${this.id} PLC fault ${code}`));
    this.equalizing = null;
  }

  private send(cmd: SluiceCommand): void {
    this.plc.emit('command', cmd);
  }
}
