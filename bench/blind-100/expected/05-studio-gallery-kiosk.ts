// expect: no-uncalled-async-function
// shutdown() does `await this.closeSession` without calling it, so the card-reader session is never closed, the pending sale is never voided, and the kiosk reports a clean shutdown while the reader stays locked.
import { EventEmitter } from 'node:events';

export interface GalleryPiece {
  sku: string;
  title: string;
  artist: string;
  priceCents: number;
}

export interface CardReader {
  open(): Promise<string>;
  charge(sessionId: string, cents: number): Promise<{ approved: boolean; ref: string }>;
  voidPending(sessionId: string): Promise<void>;
  close(sessionId: string): Promise<void>;
}

export class GalleryKiosk extends EventEmitter {
  private sessionId: string | null = null;
  private cart: GalleryPiece[] = [];

  constructor(private readonly reader: CardReader) {
    super();
  }

  async start(): Promise<void> {
    this.sessionId = await this.reader.open();
    this.emit('ready');
  }

  add(piece: GalleryPiece): void {
    this.cart.push(piece);
  }

  async checkout(): Promise<string> {
    if (!this.sessionId) throw new Error('kiosk not started');
    const total = this.cart.reduce((sum, p) => sum + p.priceCents, 0);
    const result = await this.reader.charge(this.sessionId, total);
    if (!result.approved) throw new Error('card declined');
    this.emit('sold', this.cart.map((p) => p.sku), result.ref);
    this.cart = [];
    return result.ref;
  }

  private async closeSession(): Promise<void> {
    const id = this.sessionId;
    if (!id) return;
    this.sessionId = null;
    await this.reader.voidPending(id);
    await this.reader.close(id);
  }

  async shutdown(reason: string): Promise<void> {
    this.cart = [];
    await this.closeSession;
    this.emit('shutdown', reason);
    this.removeAllListeners();
  }
}
