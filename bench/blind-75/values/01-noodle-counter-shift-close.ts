// expect: no-promise-as-value
// The shift summary interpolates counter.strandsPulled(), which is async, so the board shows "[object Promise] strands" instead of the count.
export interface Shift {
  shiftId: string;
  stationId: string;
  puller: string;
  startedAt: number;
  endedAt?: number;
}

export interface BowlTicket {
  ticketId: string;
  style: 'hand-pulled' | 'knife-cut' | 'biang-biang';
  thickness: 'fine' | 'medium' | 'wide';
}

declare const shifts: {
  current(stationId: string): Promise<Shift>;
  close(shiftId: string, endedAt: number): Promise<void>;
};

declare const ticketQueue: {
  servedDuring(stationId: string, from: number, to: number): Promise<BowlTicket[]>;
};

declare const kitchenBoard: {
  post(line: string): Promise<void>;
};

export class StrandCounter {
  private readonly samples = new Map<string, number[]>();

  constructor(
    private readonly sensor: { totalSince(stationId: string, since: number): Promise<number> },
  ) {}

  async strandsPulled(shift: Shift): Promise<number> {
    const total = await this.sensor.totalSince(shift.stationId, shift.startedAt);
    const history = this.samples.get(shift.stationId) ?? [];
    history.push(total);
    this.samples.set(shift.stationId, history.slice(-50));
    return total;
  }

  averageFor(stationId: string): number {
    const history = this.samples.get(stationId) ?? [];
    return history.length ? history.reduce((a, b) => a + b, 0) / history.length : 0;
  }
}

function describeMix(tickets: BowlTicket[]): string {
  const counts = new Map<string, number>();
  for (const ticket of tickets) {
    const key = `${ticket.thickness} ${ticket.style}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([kind, n]) => `${n}× ${kind}`)
    .join(', ');
}

export async function closeShift(stationId: string, counter: StrandCounter, now = Date.now()): Promise<string> {
  const shift = await shifts.current(stationId);
  if (shift.endedAt) {
    throw new Error(`shift ${shift.shiftId} at ${stationId} is already closed`);
  }
  const served = await ticketQueue.servedDuring(stationId, shift.startedAt, now);
  const hours = Math.max((now - shift.startedAt) / 3_600_000, 0.25);
  const bowlsPerHour = (served.length / hours).toFixed(1);

  const line =
    `${shift.puller} @ ${stationId}: ${served.length} bowls (${bowlsPerHour}/h), ` +
    `${counter.strandsPulled(shift)} strands pulled; mix ${describeMix(served) || 'n/a'}`;

  await kitchenBoard.post(line);
  await shifts.close(shift.shiftId, now);
  return line;
}
