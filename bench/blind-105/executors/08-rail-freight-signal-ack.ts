// expect: none
// The ack timer is cleared by the shared cleanup() the moment the matching ack, a nack, a link error or close arrives, the timeout path detaches the listeners, and a synchronous send failure is handled too, so exactly one outcome settles each request.
import { EventEmitter } from 'node:events';

export interface RouteRequestFrame {
  type: 'route-request';
  requestId: string;
  from: string;
  to: string;
  wagonCount: number;
}

interface AckFrame {
  requestId: string;
  route: string[];
  validUntil: number;
}

interface NackFrame {
  requestId: string;
  reason: string;
}

export interface RouteGrant {
  requestId: string;
  route: string[];
  validUntil: Date;
}

export abstract class SignalBoxLink extends EventEmitter {
  abstract send(frame: RouteRequestFrame): void;
}

export class RouteRefusedError extends Error {
  constructor(readonly requestId: string, readonly reason: string) {
    super(`route ${requestId} refused: ${reason}`);
    this.name = 'RouteRefusedError';
  }
}

export class ShuntingClient {
  private seq = 0;

  constructor(private readonly link: SignalBoxLink, private readonly ackTimeoutMs = 8_000) {}

  requestRoute(from: string, to: string, wagonCount: number): Promise<RouteGrant> {
    const requestId = `${Date.now().toString(36)}-${++this.seq}`;
    return new Promise((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        this.link.off('ack', onAck);
        this.link.off('nack', onNack);
        this.link.off('error', onError);
        this.link.off('close', onClose);
      };
      const onAck = (frame: AckFrame): void => {
        if (frame.requestId !== requestId) return;
        cleanup();
        resolve({ requestId, route: frame.route, validUntil: new Date(frame.validUntil) });
      };
      const onNack = (frame: NackFrame): void => {
        if (frame.requestId !== requestId) return;
        cleanup();
        reject(new RouteRefusedError(requestId, frame.reason));
      };
      const onError = (err: Error): void => {
        cleanup();
        reject(err);
      };
      const onClose = (): void => {
        cleanup();
        reject(new Error(`signal box link closed while waiting for ${requestId}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ack for ${requestId} within ${this.ackTimeoutMs} ms`));
      }, this.ackTimeoutMs);

      this.link.on('ack', onAck);
      this.link.on('nack', onNack);
      this.link.on('error', onError);
      this.link.on('close', onClose);
      try {
        this.link.send({ type: 'route-request', requestId, from, to, wagonCount });
      } catch (err) {
        cleanup();
        reject(err);
      }
    });
  }
}
