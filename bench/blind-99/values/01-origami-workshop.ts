// expect: none
// Every async lookup is awaited before it is used, so the certificate text, the JSON payload and the eligibility check all see real values rather than Promise objects.
export interface Attendee {
  id: string;
  name: string;
  sessionsAttended: number;
}

export interface ModelRegistry {
  highestFolded(attendeeId: string): Promise<string | undefined>;
  foldCount(attendeeId: string): Promise<number>;
}

export interface CertificatePrinter {
  print(payload: string): Promise<{ jobId: string }>;
}

export interface Certificate {
  attendeeId: string;
  text: string;
  jobId: string;
}

const LEVELS = ['beginner', 'intermediate', 'advanced', 'master'] as const;

function levelFor(folds: number): (typeof LEVELS)[number] {
  if (folds >= 200) return 'master';
  if (folds >= 80) return 'advanced';
  if (folds >= 25) return 'intermediate';
  return 'beginner';
}

export class CertificateDesk {
  constructor(private readonly registry: ModelRegistry, private readonly printer: CertificatePrinter) {}

  async isEligible(attendee: Attendee): Promise<boolean> {
    if (attendee.sessionsAttended < 4) return false;
    const best = await this.registry.highestFolded(attendee.id);
    return best !== undefined;
  }

  async issue(attendee: Attendee): Promise<Certificate | undefined> {
    if (!(await this.isEligible(attendee))) return undefined;
    const [best, folds] = await Promise.all([this.registry.highestFolded(attendee.id), this.registry.foldCount(attendee.id)]);
    const text = `${attendee.name} has completed the Paper Crane Studio course at ${levelFor(folds)} level, finishing with a ${best ?? 'crane'} (${folds} models folded).`;
    const { jobId } = await this.printer.print(JSON.stringify({ template: 'certificate-a4', attendeeId: attendee.id, text }));
    return { attendeeId: attendee.id, text, jobId };
  }

  async issueAll(attendees: Attendee[]): Promise<Certificate[]> {
    const issued: Certificate[] = [];
    for (const a of attendees) {
      const cert = await this.issue(a);
      if (cert) issued.push(cert);
    }
    return issued;
  }
}
