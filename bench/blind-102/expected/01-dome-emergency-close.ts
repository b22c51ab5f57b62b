// expect: no-uncalled-async-function
// emergencyClose puts `this.shutter.close` (the method itself, not a call) into Promise.all, which resolves it immediately as a plain value, so the shutter is never closed while the log and pager report the dome as secured.
interface Shutter {
  close(): Promise<void>;
  open(): Promise<void>;
  position(): Promise<number>;
}

interface Mount {
  park(): Promise<void>;
  unpark(): Promise<void>;
}

interface CameraCooler {
  warmUp(ratePerMin: number): Promise<void>;
}

interface Pager {
  notify(text: string): Promise<void>;
}

export type CloseReason = 'rain' | 'wind' | 'cloud' | 'operator' | 'power';

export class DomeSafety {
  private closing = false;
  private readonly journal: string[] = [];

  constructor(
    private readonly shutter: Shutter,
    private readonly mount: Mount,
    private readonly cooler: CameraCooler,
    private readonly pager: Pager,
  ) {}

  async emergencyClose(reason: CloseReason): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const started = Date.now();
    try {
      await Promise.all([this.shutter.close, this.mount.park()]);
      await this.cooler.warmUp(reason === 'power' ? 10 : 3);
      this.note(`secured for ${reason} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      await this.pager.notify(`Dome secured (${reason})`);
    } finally {
      this.closing = false;
    }
  }

  async reopen(): Promise<void> {
    await this.mount.unpark();
    await this.shutter.open();
    this.note('reopened');
  }

  async shutterPercentOpen(): Promise<number> {
    const pos = await this.shutter.position();
    return Math.round(Math.min(1, Math.max(0, pos)) * 100);
  }

  private note(line: string): void {
    this.journal.push(`${new Date().toISOString()} ${line}`);
    if (this.journal.length > 200) this.journal.shift();
  }

  recent(n = 10): string[] {
    return this.journal.slice(-n);
  }
}
