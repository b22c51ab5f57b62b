// expect: no-multiple-settle
// The 'card-removed' result branch only logs, and since the listener is registered with once() the promise never settles on that path.
import { EventEmitter } from 'node:events';

export type EncodeStatus = 'ok' | 'sector-locked' | 'card-removed' | 'auth-failed';

interface EncoderResult {
  status: EncodeStatus;
  uid?: string;
  sector?: number;
}

interface CardEncoder extends EventEmitter {
  readonly deskId: string;
  writeKey(payload: Buffer): void;
}

declare const frontDeskLog: { warn(msg: string, meta?: object): void; info(msg: string, meta?: object): void };
declare function signKeyPayload(input: { room: string; checkOut: Date; guestIndex: number }): Promise<Buffer>;

export interface IssuedCard {
  uid: string;
  room: string;
  validUntil: Date;
}

export class KeyCardError extends Error {
  constructor(message: string, readonly status: EncodeStatus) {
    super(message);
    this.name = 'KeyCardError';
  }
}

function writeOnce(encoder: CardEncoder, payload: Buffer, room: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    encoder.once('result', (result: EncoderResult) => {
      switch (result.status) {
        case 'ok':
          resolve(result.uid ?? 'unknown');
          break;
        case 'sector-locked':
          reject(new KeyCardError(`Sector ${result.sector} is write-protected on card for ${room}`, result.status));
          break;
        case 'auth-failed':
          reject(new KeyCardError(`Encoder ${encoder.deskId} failed to authenticate card`, result.status));
          break;
        case 'card-removed':
          frontDeskLog.warn('card lifted from encoder before write completed', { room, desk: encoder.deskId });
          break;
      }
    });
    encoder.writeKey(payload);
  });
}

export class KeyCardService {
  private readonly issued = new Map<string, IssuedCard[]>();

  constructor(private readonly encoder: CardEncoder) {}

  async issue(room: string, checkOut: Date): Promise<IssuedCard> {
    const existing = this.issued.get(room) ?? [];
    if (existing.length >= 4) {
      throw new KeyCardError(`Room ${room} already has four active cards`, 'ok');
    }
    const payload = await signKeyPayload({ room, checkOut, guestIndex: existing.length });
    const uid = await writeOnce(this.encoder, payload, room);
    const card: IssuedCard = { uid, room, validUntil: checkOut };
    this.issued.set(room, [...existing, card]);
    frontDeskLog.info('key card issued', { room, uid, desk: this.encoder.deskId });
    return card;
  }

  revokeRoom(room: string): number {
    const cards = this.issued.get(room) ?? [];
    this.issued.delete(room);
    return cards.length;
  }

  activeCards(room: string): IssuedCard[] {
    const now = Date.now();
    return (this.issued.get(room) ?? []).filter((c) => c.validUntil.getTime() > now);
  }
}
