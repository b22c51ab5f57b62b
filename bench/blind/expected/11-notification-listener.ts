// expect: no-floating-promises
// EventEmitter ignores the promise returned by the async 'message' listener, so a failed push becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

interface PushMessage {
  deviceToken: string;
  title: string;
  body: string;
}

declare const pushGateway: {
  send(token: string, payload: { title: string; body: string }): Promise<{ delivered: boolean }>;
};

declare const metrics: { increment(name: string): void };

export class NotificationWorker extends EventEmitter {
  private sent = 0;

  start(): void {
    this.on('message', async (msg: PushMessage) => {
      const result = await pushGateway.send(msg.deviceToken, { title: msg.title, body: msg.body });
      metrics.increment(result.delivered ? 'push.delivered' : 'push.dropped');
      this.sent++;
    });
  }

  get sentCount(): number {
    return this.sent;
  }
}
