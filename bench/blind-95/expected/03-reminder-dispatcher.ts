// expect: none
// runLimited is given thunks (`() => this.remind(booking)`) because it expects functions and invokes each one, and shutdown calls `await this.close()` with parentheses, so every reminder is sent and the SMTP pool is really closed.
export interface Booking {
  id: string;
  clientName: string;
  clientEmail: string;
  artist: string;
  start: Date;
  aftercareSent: boolean;
}

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<void>;
  close(): Promise<void>;
}

export interface BookingStore {
  startingBetween(from: Date, to: Date): Promise<Booking[]>;
}

type Task = () => Promise<void>;

/** Runs thunks with bounded concurrency; failures are logged so one bad address does not stop the batch. */
export async function runLimited(tasks: Task[], concurrency: number): Promise<number> {
  let next = 0;
  let failed = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      try {
        await task();
      } catch (err) {
        failed += 1;
        console.error('reminder task failed', err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, () => worker()));
  return failed;
}

export class ReminderDispatcher {
  private closed = false;

  constructor(
    private readonly bookings: BookingStore,
    private readonly mailer: Mailer,
  ) {}

  async sendTomorrow(now = new Date()): Promise<{ sent: number; failed: number }> {
    if (this.closed) throw new Error('dispatcher is shut down');
    const from = new Date(now.getTime() + 20 * 3_600_000);
    const to = new Date(now.getTime() + 28 * 3_600_000);
    const due = await this.bookings.startingBetween(from, to);
    const tasks: Task[] = due.map((booking) => () => this.remind(booking));
    const failed = await runLimited(tasks, 4);
    return { sent: due.length - failed, failed };
  }

  async shutdown(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.close();
  }

  private async remind(b: Booking): Promise<void> {
    const time = b.start.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    await this.mailer.send(
      b.clientEmail,
      `Reminder: your session with ${b.artist} tomorrow at ${time}`,
      `Hi ${b.clientName},\n\nPlease eat beforehand, bring ID, and avoid alcohol for 24h before your session.`,
    );
  }

  private async close(): Promise<void> {
    await this.mailer.close();
  }
}
