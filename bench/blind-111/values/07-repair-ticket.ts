// expect: none
// The owner name and parts estimate are awaited into locals before the ticket text is built, so the template literals only interpolate resolved strings and numbers.
export interface ClockIntake {
  ticketNo: number;
  ownerId: string;
  maker: string;
  kind: 'longcase' | 'bracket' | 'lantern' | 'carriage' | 'skeleton';
  symptoms: string[];
  receivedOn: Date;
}

export interface CustomerDirectory {
  displayName(ownerId: string): Promise<string>;
  email(ownerId: string): Promise<string>;
}

export interface PartsEstimator {
  estimate(kind: ClockIntake['kind'], symptoms: string[]): Promise<{ partsEur: number; hours: number }>;
}

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<void>;
}

const HOURLY_RATE_EUR = 68;

export class RepairTicketWriter {
  constructor(
    private readonly customers: CustomerDirectory,
    private readonly estimator: PartsEstimator,
    private readonly mailer: Mailer,
  ) {}

  async render(intake: ClockIntake): Promise<{ subject: string; text: string }> {
    const owner = await this.customers.displayName(intake.ownerId);
    const { partsEur, hours } = await this.estimator.estimate(intake.kind, intake.symptoms);
    const labourEur = Math.ceil(hours * HOURLY_RATE_EUR);
    const due = new Date(intake.receivedOn.getTime() + Math.max(14, hours * 2) * 86_400_000);

    const subject = `Repair ticket #${intake.ticketNo}: ${intake.maker} ${intake.kind} clock`;
    const text = [
      `Dear ${owner},`,
      ``,
      `We received your ${intake.maker} ${intake.kind} clock on ${intake.receivedOn.toDateString()}.`,
      `Reported: ${intake.symptoms.join('; ') || 'general service'}.`,
      `Estimate: parts €${partsEur.toFixed(2)}, labour €${labourEur} (${hours} h).`,
      `Expected ready by ${due.toDateString()}.`,
    ].join('\n');
    return { subject, text };
  }

  async issue(intake: ClockIntake): Promise<void> {
    const [{ subject, text }, email] = await Promise.all([
      this.render(intake),
      this.customers.email(intake.ownerId),
    ]);
    await this.mailer.send(email, subject, text);
  }
}
