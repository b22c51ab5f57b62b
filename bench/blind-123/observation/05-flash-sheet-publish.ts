// expect: none
// The allSettled results are split by status and every rejected entry's reason is reported back to the caller and logged, so no failure is silently lost.
export interface FlashDesign {
  id: string;
  artist: string;
  title: string;
  priceCents: number;
  imagePath: string;
}

export interface Channel {
  readonly name: string;
  publish(design: FlashDesign): Promise<string>;
}

export interface PublishReport {
  designId: string;
  published: Array<{ channel: string; url: string }>;
  failed: Array<{ channel: string; reason: string }>;
}

export interface StudioLog {
  info(message: string): void;
  warn(message: string): void;
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  if (typeof reason === 'string') return reason;
  return JSON.stringify(reason);
}

export class FlashSheetPublisher {
  constructor(
    private readonly channels: Channel[],
    private readonly log: StudioLog,
  ) {}

  async publish(design: FlashDesign): Promise<PublishReport> {
    const outcomes = await Promise.allSettled(this.channels.map((channel) => channel.publish(design)));

    const report: PublishReport = { designId: design.id, published: [], failed: [] };
    outcomes.forEach((outcome, index) => {
      const channel = this.channels[index].name;
      if (outcome.status === 'fulfilled') {
        report.published.push({ channel, url: outcome.value });
      } else {
        report.failed.push({ channel, reason: describeReason(outcome.reason) });
      }
    });

    if (report.failed.length > 0) {
      this.log.warn(
        `flash "${design.title}" by ${design.artist} failed on ${report.failed
          .map((f) => `${f.channel} (${f.reason})`)
          .join(', ')}`,
      );
    }
    this.log.info(`flash "${design.title}" live on ${report.published.length}/${this.channels.length} channels`);
    return report;
  }

  async publishSheet(designs: FlashDesign[]): Promise<PublishReport[]> {
    const reports: PublishReport[] = [];
    for (const design of designs) {
      reports.push(await this.publish(design));
    }
    const totalFailures = reports.reduce((n, r) => n + r.failed.length, 0);
    if (totalFailures > 0 && reports.every((r) => r.published.length === 0)) {
      throw new Error(`flash sheet not published anywhere (${totalFailures} failures)`);
    }
    return reports;
  }
}
