// expect: no-uncalled-async-function
// this.restockPaper is passed to Promise.all as a function reference instead of being called, so Promise.all resolves immediately with the function itself and the paper order for the next workshop is never placed.
export interface Workshop {
  id: string;
  date: string;
  model: string;
  seats: number;
  booked: string[];
}

export interface PaperSupplier {
  order(sku: string, sheets: number): Promise<string>;
}

export interface InstructorPager {
  page(message: string): Promise<void>;
}

export interface WorkshopCalendar {
  next(): Promise<Workshop | undefined>;
}

const SHEETS_PER_SEAT: Record<string, number> = { crane: 3, lily: 4, 'modular-star': 12, frog: 2 };

export class WorkshopPrep {
  private lastOrderRef: string | undefined;

  constructor(
    private readonly calendar: WorkshopCalendar,
    private readonly supplier: PaperSupplier,
    private readonly pager: InstructorPager,
  ) {}

  get lastOrder(): string | undefined {
    return this.lastOrderRef;
  }

  private async restockPaper(): Promise<void> {
    const workshop = await this.calendar.next();
    if (!workshop) return;
    const sheets = (SHEETS_PER_SEAT[workshop.model] ?? 5) * workshop.seats;
    this.lastOrderRef = await this.supplier.order(`kami-15cm-${workshop.model}`, sheets);
  }

  private async notifyInstructors(): Promise<void> {
    const workshop = await this.calendar.next();
    if (!workshop) return;
    const free = workshop.seats - workshop.booked.length;
    await this.pager.page(`Next workshop ${workshop.date}: ${workshop.model}, ${workshop.booked.length} booked, ${free} free`);
  }

  async weeklyPrep(): Promise<void> {
    await Promise.all([this.restockPaper, this.notifyInstructors()]);
  }
}

export function seatingChart(workshop: Workshop, tables: number): string[][] {
  const chart: string[][] = Array.from({ length: tables }, () => []);
  workshop.booked.forEach((name, i) => chart[i % tables]!.push(name));
  return chart;
}
