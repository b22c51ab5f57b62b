// expect: none
// The permit status and fee quote are awaited before they are interpolated into the SMS text and serialised into the audit record, so only resolved values are sent.
export interface CaravanContact {
  caravanId: string;
  permitId: string;
  leaderPhone: string;
  yakCount: number;
  pass: string;
}

interface PermitStatus {
  state: 'approved' | 'pending' | 'refused';
  validFrom: string;
  validTo: string;
  refusalReason?: string;
}

interface PermitApi {
  statusOf(permitId: string): Promise<PermitStatus>;
}

interface FeeSchedule {
  quote(pass: string, yakCount: number): Promise<{ amount: number; currency: string }>;
}

interface SmsSender {
  send(phone: string, text: string): Promise<{ messageId: string }>;
}

interface AuditTrail {
  append(line: string): Promise<void>;
}

export class PermitNotifier {
  constructor(
    private readonly permits: PermitApi,
    private readonly fees: FeeSchedule,
    private readonly sms: SmsSender,
    private readonly audit: AuditTrail,
  ) {}

  async notifyLeader(contact: CaravanContact): Promise<string> {
    const [status, fee] = await Promise.all([
      this.permits.statusOf(contact.permitId),
      this.fees.quote(contact.pass, contact.yakCount),
    ]);

    const text =
      status.state === 'approved'
        ? `Permit ${contact.permitId} approved for ${contact.yakCount} yaks over ${contact.pass}, ` +
          `valid ${status.validFrom} to ${status.validTo}. Fee due at checkpoint: ${fee.amount} ${fee.currency}.`
        : status.state === 'refused'
          ? `Permit ${contact.permitId} refused: ${status.refusalReason ?? 'no reason given'}.`
          : `Permit ${contact.permitId} is still pending. We will message you again.`;

    const { messageId } = await this.sms.send(contact.leaderPhone, text);
    await this.audit.append(
      JSON.stringify({
        kind: 'permit-notice',
        caravanId: contact.caravanId,
        permitId: contact.permitId,
        state: status.state,
        fee,
        messageId,
        at: new Date().toISOString(),
      }),
    );
    return messageId;
  }
}

export function smsSegments(text: string): number {
  const gsm = /^[\x20-\x7E\n]*$/.test(text);
  const perSegment = gsm ? 153 : 67;
  return text.length <= (gsm ? 160 : 70) ? 1 : Math.ceil(text.length / perSegment);
}
