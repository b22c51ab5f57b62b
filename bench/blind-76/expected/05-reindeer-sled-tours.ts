// expect: no-uncalled-async-function
// The weather.alert webhook handler returns the rebuildDepartureBoard method instead of calling it, so handleWebhook awaits a function and the board is never rebuilt.
export type WebhookKind = 'booking.created' | 'booking.cancelled' | 'weather.alert';

export interface WebhookPayload {
  bookingId?: string;
  severity?: 'low' | 'medium' | 'high';
  region?: string;
}

export interface SledDeparture {
  id: string;
  musher: string;
  herd: string[];
  departsAt: Date;
  seatsLeft: number;
  route: 'aurora-loop' | 'fjell-ridge' | 'village-dash';
}

declare const sledRepo: {
  listDepartures(from: Date, to: Date): Promise<SledDeparture[]>;
  holdSeat(departureId: string, bookingId: string): Promise<void>;
  releaseSeat(bookingId: string): Promise<void>;
  findDepartureForBooking(bookingId: string): Promise<string>;
};

declare const forecast: {
  windMs(region: string, at: Date): Promise<number>;
};

declare const displayBoard: {
  publish(rows: { id: string; label: string; status: 'on-time' | 'delayed' | 'cancelled' }[]): Promise<void>;
};

export class SledTourService {
  constructor(private readonly region: string) {}

  private readonly webhookHandlers: Record<WebhookKind, (payload: WebhookPayload) => unknown> = {
    'booking.created': (p) => this.reserveSled(requireBooking(p)),
    'booking.cancelled': (p) => sledRepo.releaseSeat(requireBooking(p)),
    'weather.alert': (p) => (p.severity === 'high' ? this.rebuildDepartureBoard : undefined),
  };

  async handleWebhook(kind: WebhookKind, payload: WebhookPayload): Promise<void> {
    const handler = this.webhookHandlers[kind];
    if (!handler) throw new Error(`unknown webhook ${kind}`);
    await handler(payload);
  }

  private async reserveSled(bookingId: string): Promise<void> {
    const departureId = await sledRepo.findDepartureForBooking(bookingId);
    await sledRepo.holdSeat(departureId, bookingId);
  }

  private async rebuildDepartureBoard(): Promise<void> {
    const now = new Date();
    const until = new Date(now.getTime() + 12 * 3_600_000);
    const departures = await sledRepo.listDepartures(now, until);
    const rows = [];
    for (const dep of departures) {
      const wind = await forecast.windMs(this.region, dep.departsAt);
      const status = wind > 18 ? 'cancelled' : wind > 12 ? 'delayed' : 'on-time';
      rows.push({
        id: dep.id,
        label: `${dep.departsAt.toISOString().slice(11, 16)} ${dep.route} with ${dep.musher} (${dep.herd.length} reindeer)`,
        status: status as 'on-time' | 'delayed' | 'cancelled',
      });
    }
    await displayBoard.publish(rows);
  }
}

function requireBooking(payload: WebhookPayload): string {
  if (!payload.bookingId) throw new Error('webhook payload missing bookingId');
  return payload.bookingId;
}

export function routeWebhook(service: SledTourService, body: string): Promise<void> {
  const parsed = JSON.parse(body) as { kind: WebhookKind; payload: WebhookPayload };
  return service.handleWebhook(parsed.kind, parsed.payload ?? {});
}
