// expect: no-uncalled-async-function
// stop() awaits this.spool.flush without calling it, so the await finishes immediately and the press is parked while queued sheets are still unwritten.
export interface PrintSheet {
  deckId: string;
  sheetNo: number;
  side: 'face' | 'back';
}

export interface SheetSpool {
  enqueue(sheet: PrintSheet): void;
  pending(): number;
  flush(): Promise<void>;
}

export interface OffsetPress {
  feed(sheet: PrintSheet): Promise<void>;
  park(): Promise<void>;
}

export interface PressLog {
  info(msg: string): void;
}

export class TarotPressLine {
  private accepting = true;
  private readonly heartbeat: ReturnType<typeof setInterval>;

  constructor(
    private readonly press: OffsetPress,
    private readonly spool: SheetSpool,
    private readonly log: PressLog,
  ) {
    this.heartbeat = setInterval(() => this.log.info(`spool depth ${this.spool.pending()}`), 30_000);
  }

  submitDeck(deckId: string, cards: number): number {
    if (!this.accepting) throw new Error('press line is shutting down');
    const sheets = Math.ceil(cards / 12);
    for (let sheetNo = 1; sheetNo <= sheets; sheetNo++) {
      this.spool.enqueue({ deckId, sheetNo, side: 'face' });
      this.spool.enqueue({ deckId, sheetNo, side: 'back' });
    }
    return sheets * 2;
  }

  estimateMinutes(sheetsPerHour = 900): number {
    return Math.ceil((this.spool.pending() / sheetsPerHour) * 60);
  }

  async stop(): Promise<void> {
    this.accepting = false;
    clearInterval(this.heartbeat);
    this.log.info(`flushing ${this.spool.pending()} spooled sheets`);
    await this.spool.flush;
    await this.press.park();
    this.log.info('press parked');
  }
}
