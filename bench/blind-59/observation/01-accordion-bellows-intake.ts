// expect: no-unobserved-promise
// The parts reservation is started first but only awaited after the technician assignment and the customer email, so an early rejection has no handler attached.
export interface RepairTicket {
  ticketId: string;
  customerEmail: string;
  instrument: 'piano-accordion' | 'button-accordion' | 'bandoneon' | 'concertina';
  folds: number;
  leakingFolds: number[];
  parts: Array<{ sku: string; qty: number }>;
}

export interface Technician {
  id: string;
  name: string;
  specialties: RepairTicket['instrument'][];
}

export interface Reservation {
  reservationId: string;
  lines: Array<{ sku: string; qty: number; bin: string }>;
}

export interface IntakeResult {
  ticketId: string;
  technician: string;
  reservationId: string;
  estimatedHours: number;
}

declare const inventory: { reserve(parts: RepairTicket['parts'], ticketId: string): Promise<Reservation> };
declare const scheduler: { assignTechnician(instrument: RepairTicket['instrument']): Promise<Technician> };
declare const mailer: { send(to: string, subject: string, body: string): Promise<void> };
declare const workshopBoard: { pin(result: IntakeResult): Promise<void> };

function estimateHours(ticket: RepairTicket): number {
  const perFold = ticket.instrument === 'bandoneon' ? 0.75 : 0.5;
  const regluing = ticket.leakingFolds.length * perFold;
  const fullRebuild = ticket.leakingFolds.length > ticket.folds / 3 ? 6 : 0;
  return Math.ceil(regluing + fullRebuild + 1.5);
}

export class BellowsIntake {
  private readonly open = new Map<string, IntakeResult>();

  async intake(ticket: RepairTicket): Promise<IntakeResult> {
    if (this.open.has(ticket.ticketId)) {
      return this.open.get(ticket.ticketId)!;
    }

    const reservation = inventory.reserve(ticket.parts, ticket.ticketId);
    const technician = await scheduler.assignTechnician(ticket.instrument);
    const hours = estimateHours(ticket);
    await mailer.send(
      ticket.customerEmail,
      `Your ${ticket.instrument} is with ${technician.name}`,
      `We have found ${ticket.leakingFolds.length} leaking folds. Estimated bench time: ${hours}h.`,
    );

    const { reservationId } = await reservation;
    const result: IntakeResult = {
      ticketId: ticket.ticketId,
      technician: technician.id,
      reservationId,
      estimatedHours: hours,
    };
    this.open.set(ticket.ticketId, result);
    await workshopBoard.pin(result);
    return result;
  }

  close(ticketId: string): boolean {
    return this.open.delete(ticketId);
  }

  backlogHours(): number {
    let total = 0;
    for (const result of this.open.values()) total += result.estimatedHours;
    return total;
  }
}
