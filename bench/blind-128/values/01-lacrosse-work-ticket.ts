// expect: no-promise-as-value
// The ticket text interpolates this.stringerFor(order), which is async, so the printed ticket says "[object Promise]" instead of the assigned stringer's name.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface StickOrder {
  id: string;
  customer: string;
  head: string;
  mesh: string;
  position: 'attack' | 'midfield' | 'defense' | 'goalie';
  pocket: 'low' | 'mid' | 'high';
  notes?: string;
}

export interface StaffDirectory {
  findByPosition(position: StickOrder['position']): Promise<{ name: string; bench: number }[]>;
}

export class WorkTicketPrinter {
  private readonly assignments = new Map<string, string>();

  constructor(private readonly staff: StaffDirectory, private readonly spoolDir: string) {}

  private async stringerFor(order: StickOrder): Promise<string> {
    const cached = this.assignments.get(order.id);
    if (cached) return cached;
    const candidates = await this.staff.findByPosition(order.position);
    if (candidates.length === 0) return 'unassigned';
    const pick = candidates[order.id.length % candidates.length];
    const label = `${pick.name} (bench ${pick.bench})`;
    this.assignments.set(order.id, label);
    return label;
  }

  private shooterPattern(order: StickOrder): string {
    switch (order.pocket) {
      case 'low':
        return 'straight, straight, V';
      case 'mid':
        return 'straight, V, U';
      case 'high':
        return 'V, V, U, nylon';
    }
  }

  async print(order: StickOrder): Promise<string> {
    const ticket = [
      `TICKET ${order.id}`,
      `Customer : ${order.customer}`,
      `Head     : ${order.head} / mesh ${order.mesh}`,
      `Position : ${order.position}`,
      `Pocket   : ${order.pocket} — shooters ${this.shooterPattern(order)}`,
      `Stringer : ${this.stringerFor(order)}`,
      order.notes ? `Notes    : ${order.notes}` : '',
    ]
      .filter(Boolean)
      .join('\n');

    const file = join(this.spoolDir, `${order.id}.txt`);
    await writeFile(file, ticket + '\n', 'utf8');
    return file;
  }

  async printAll(orders: StickOrder[]): Promise<string[]> {
    const files: string[] = [];
    for (const order of orders) {
      files.push(await this.print(order));
    }
    return files;
  }
}
