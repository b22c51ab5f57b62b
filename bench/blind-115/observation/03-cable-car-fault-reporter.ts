// expect: none
// The event listener is synchronous and hands the async report to a promise with a .catch, so ticket-filing failures are logged rather than dropped.
import { EventEmitter } from 'node:events';

export interface CabinFault {
  cabinId: string;
  code: string;
  towerNo: number | null;
  severity: 'advisory' | 'stop' | 'evacuate';
  at: number;
}

export interface TicketApi {
  open(ticket: { title: string; body: string; priority: number }): Promise<{ ticketId: string }>;
  page(team: string, ticketId: string): Promise<void>;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const PRIORITY: Record<CabinFault['severity'], number> = { advisory: 3, stop: 2, evacuate: 1 };

export class FaultReporter {
  private readonly recent = new Map<string, number>();

  constructor(
    line: EventEmitter,
    private readonly tickets: TicketApi,
    private readonly log: Logger,
    private readonly dedupeMs = 5 * 60_000,
  ) {
    line.on('fault', (fault: CabinFault) => {
      this.report(fault).catch((err: unknown) => {
        this.log.error('failed to file fault ticket', {
          cabinId: fault.cabinId,
          code: fault.code,
          error: err instanceof Error ? err.message : String(err),
        });
      });
    });
  }

  private async report(fault: CabinFault): Promise<void> {
    const key = `${fault.cabinId}:${fault.code}`;
    const last = this.recent.get(key);
    if (last !== undefined && fault.at - last < this.dedupeMs) return;
    this.recent.set(key, fault.at);

    const where = fault.towerNo === null ? 'in station' : `near tower ${fault.towerNo}`;
    const { ticketId } = await this.tickets.open({
      title: `[${fault.severity.toUpperCase()}] ${fault.code} on cabin ${fault.cabinId}`,
      body: `Cabin ${fault.cabinId} reported ${fault.code} ${where} at ${new Date(fault.at).toISOString()}.`,
      priority: PRIORITY[fault.severity],
    });
    if (fault.severity !== 'advisory') {
      await this.tickets.page('ropeway-maintenance', ticketId);
    }
    this.log.info('fault ticket filed', { ticketId, cabinId: fault.cabinId });
  }
}
