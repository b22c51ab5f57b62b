// expect: none
// The 'outburst' listener and the peak-reminder timer are plain synchronous callbacks that start the async dispatch and attach a catch on the spot, so every promise they start is observed.
import { EventEmitter } from 'node:events';

export interface Outburst {
  shower: string;
  zhr: number;
  peakAt: number;
  region: string;
}

export interface Subscriber {
  id: string;
  region: string;
  minZhr: number;
}

export interface PushGateway {
  push(subscriberId: string, title: string, body: string): Promise<void>;
}

export interface DispatchFailure {
  shower: string;
  subscriberId?: string;
  error: unknown;
}

export class OutburstDispatcher {
  readonly failures: DispatchFailure[] = [];
  private readonly reminders = new Set<NodeJS.Timeout>();

  constructor(
    private readonly feed: EventEmitter,
    private readonly gateway: PushGateway,
    private readonly subscribers: () => Subscriber[],
  ) {
    feed.on('outburst', this.onOutburst);
  }

  private readonly onOutburst = (o: Outburst): void => {
    this.dispatch(o, 'Meteor outburst', `${o.shower} at ~${o.zhr}/h`).catch((error: unknown) =>
      this.failures.push({ shower: o.shower, error }),
    );

    const leadMs = o.peakAt - Date.now() - 15 * 60_000;
    if (leadMs <= 0) return;
    const timer = setTimeout(() => {
      this.reminders.delete(timer);
      this.dispatch(o, 'Peak in 15 minutes', `Look toward the ${o.shower} radiant`).catch((error: unknown) =>
        this.failures.push({ shower: o.shower, error }),
      );
    }, leadMs);
    this.reminders.add(timer);
  };

  private async dispatch(o: Outburst, title: string, body: string): Promise<void> {
    const targets = this.subscribers().filter((s) => s.region === o.region && o.zhr >= s.minZhr);
    const results = await Promise.allSettled(targets.map((s) => this.gateway.push(s.id, title, body)));
    results.forEach((r, i) => {
      if (r.status === 'rejected') {
        this.failures.push({ shower: o.shower, subscriberId: targets[i]?.id, error: r.reason });
      }
    });
  }

  dispose(): void {
    this.feed.off('outburst', this.onOutburst);
    for (const t of this.reminders) clearTimeout(t);
    this.reminders.clear();
  }
}
