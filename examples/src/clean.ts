// Notification service: renders message templates (cached per name), delivers them on every
// channel, reports the outcome per channel, and schedules a daily digest.
import { EventEmitter } from 'node:events';

export interface Channel {
  name: string;
  deliver(userId: string, text: string): Promise<void>;
}

export interface TemplateStore {
  load(name: string): Promise<string>;
}

export interface Delivery {
  channel: string;
  ok: boolean;
  error?: unknown;
}

export class Notifier extends EventEmitter {
  private readonly templates = new Map<string, Promise<string>>();

  constructor(
    private readonly store: TemplateStore,
    private readonly channels: readonly Channel[],
  ) {
    super();
  }

  template(name: string): Promise<string> {
    const cached = this.templates.get(name);
    if (cached) return cached;
    const loading = this.store.load(name);
    loading.catch(() => this.templates.delete(name));
    this.templates.set(name, loading);
    return loading;
  }

  async notify(userId: string, templateName: string, values: Record<string, string>): Promise<Delivery[]> {
    const text = render(await this.template(templateName), values);
    const results = await Promise.allSettled(this.channels.map((channel) => channel.deliver(userId, text)));
    const deliveries = results.map((result, index): Delivery => {
      const channel = this.channels[index]?.name ?? 'unknown';
      return result.status === 'fulfilled' ? { channel, ok: true } : { channel, ok: false, error: result.reason };
    });
    this.emit('delivered', deliveries);
    return deliveries;
  }

  async notifyAll(userIds: readonly string[], templateName: string): Promise<void> {
    await this.template(templateName);
    await Promise.all(userIds.map((userId) => this.notify(userId, templateName, { userId })));
  }
}

function render(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

export function scheduleDigest(notifier: Notifier, userIds: readonly string[], delayMs: number): NodeJS.Timeout {
  return setTimeout(() => {
    notifier.notifyAll(userIds, 'digest').catch((error: unknown) => console.error('digest failed', error));
  }, delayMs);
}

export function auditDeliveries(notifier: Notifier, audit: { write(line: string): Promise<void> }): void {
  notifier.on('delivered', async (deliveries: Delivery[]) => {
    try {
      await audit.write(JSON.stringify(deliveries));
    } catch (error) {
      console.error('audit write failed', error);
    }
  });
}
