// expect: no-multiple-settle
// send() arms a timeout that rejects, but the ack handler never clears it, so a resolved send is later rejected again by the timer.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

export interface RadiographStudy {
  accession: string;
  patientId: string;
  species: 'canine' | 'feline' | 'equine' | 'exotic';
  views: Array<{ label: string; pixels: Buffer }>;
}

export interface PacsAck {
  messageId: string;
  status: 'stored' | 'duplicate' | 'rejected';
  studyUid?: string;
  reason?: string;
}

declare class PacsLink extends EventEmitter {
  transmit(frame: Buffer): void;
  readonly connected: boolean;
}

export class PacsTimeoutError extends Error {
  constructor(readonly accession: string, readonly waitedMs: number) {
    super(`PACS did not acknowledge ${accession} within ${waitedMs} ms`);
    this.name = 'PacsTimeoutError';
  }
}

export class PacsRejectedError extends Error {
  constructor(readonly accession: string, reason: string | undefined) {
    super(`PACS rejected ${accession}: ${reason ?? 'no reason given'}`);
    this.name = 'PacsRejectedError';
  }
}

function encodeStudy(messageId: string, study: RadiographStudy): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      messageId,
      accession: study.accession,
      patientId: study.patientId,
      species: study.species,
      views: study.views.map((v) => ({ label: v.label, bytes: v.pixels.length })),
    }),
  );
  const lengthPrefix = Buffer.alloc(4);
  lengthPrefix.writeUInt32BE(header.length);
  return Buffer.concat([lengthPrefix, header, ...study.views.map((v) => v.pixels)]);
}

export class PacsUploader {
  private inFlight = 0;

  constructor(
    private readonly link: PacsLink,
    private readonly timeoutMs = 20_000,
  ) {}

  get pending(): number {
    return this.inFlight;
  }

  send(study: RadiographStudy): Promise<PacsAck> {
    if (!this.link.connected) {
      return Promise.reject(new Error('PACS link is down'));
    }
    const messageId = randomUUID();
    this.inFlight++;

    return new Promise<PacsAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.link.off('ack', onAck);
        this.inFlight--;
        reject(new PacsTimeoutError(study.accession, this.timeoutMs));
      }, this.timeoutMs);

      const onAck = (ack: PacsAck) => {
        if (ack.messageId !== messageId) return;
        this.link.off('ack', onAck);
        this.inFlight--;
        if (ack.status === 'rejected') {
          reject(new PacsRejectedError(study.accession, ack.reason));
          return;
        }
        resolve(ack);
      };

      this.link.on('ack', onAck);
      this.link.transmit(encodeStudy(messageId, study));
    });
  }

  async sendAll(studies: RadiographStudy[]): Promise<PacsAck[]> {
    const acks: PacsAck[] = [];
    for (const study of studies) {
      acks.push(await this.send(study));
    }
    return acks;
  }
}
