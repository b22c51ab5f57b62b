// expect: no-promise-as-value
// The curing branch interpolates this.estimateCompletion(...) without await, so customers are told their frame is ready "[object Promise]".
export type BuildStage = 'design' | 'cutting-bamboo' | 'lugs-wrapping' | 'curing' | 'finishing' | 'ready';

export interface FrameOrder {
  id: string;
  customerName: string;
  model: 'commuter' | 'gravel' | 'cargo' | 'kids';
  sizeCm: number;
  placedAt: string;
}

declare const workshopDb: {
  stageOf(orderId: string): Promise<BuildStage>;
  cureStartedAt(orderId: string): Promise<string | null>;
  ambientHumidityPct(): Promise<number>;
};

declare const sms: {
  send(to: string, text: string): Promise<void>;
};

const BASE_CURE_HOURS: Record<FrameOrder['model'], number> = {
  commuter: 36,
  gravel: 48,
  cargo: 72,
  kids: 24,
};

export class OrderStatusService {
  async estimateCompletion(order: FrameOrder): Promise<string> {
    const [startedAt, humidity] = await Promise.all([
      workshopDb.cureStartedAt(order.id),
      workshopDb.ambientHumidityPct(),
    ]);
    // Epoxy-soaked hemp lugs cure slower in damp weather: add 25% above 65% RH.
    const hours = BASE_CURE_HOURS[order.model] * (humidity > 65 ? 1.25 : 1);
    const start = startedAt ? new Date(startedAt) : new Date();
    const done = new Date(start.getTime() + hours * 3_600_000);
    return done.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
  }

  async statusMessage(order: FrameOrder): Promise<string> {
    const stage = await workshopDb.stageOf(order.id);
    const name = order.customerName.split(' ')[0];
    switch (stage) {
      case 'design':
        return `Hi ${name}, we're finalising the geometry for your ${order.sizeCm} cm ${order.model} frame.`;
      case 'cutting-bamboo':
        return `Hi ${name}, your bamboo tubes are being selected and cut from this season's culms.`;
      case 'lugs-wrapping':
        return `Hi ${name}, the joints on your ${order.model} frame are being wrapped in hemp.`;
      case 'curing':
        return `Hi ${name}, your frame is curing. We expect it out of the chamber on ${this.estimateCompletion(order)}.`;
      case 'finishing':
        return `Hi ${name}, your frame is being sanded and oiled. Nearly there!`;
      case 'ready':
        return `Hi ${name}, your ${order.model} frame is ready to collect from the workshop.`;
    }
  }

  async notify(order: FrameOrder, phone: string): Promise<string> {
    const text = await this.statusMessage(order);
    await sms.send(phone, text);
    return text;
  }
}

export function daysSinceOrder(order: FrameOrder, now = new Date()): number {
  return Math.floor((now.getTime() - new Date(order.placedAt).getTime()) / 86_400_000);
}

export function isOverdue(order: FrameOrder, stage: BuildStage, now = new Date()): boolean {
  const budgetDays = order.model === 'cargo' ? 56 : 42;
  return stage !== 'ready' && daysSinceOrder(order, now) > budgetDays;
}
