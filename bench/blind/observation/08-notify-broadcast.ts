// expect: none
// The allSettled results are inspected: rejected entries are collected, logged and reported back to the caller.
interface Recipient { id: string; channel: "email" | "sms" | "push" }

declare function sendNotification(r: Recipient, message: string): Promise<string>;
declare const log: { warn(msg: string, err: unknown): void };

export interface BroadcastReport {
  delivered: string[];
  failed: { recipient: string; reason: string }[];
}

export async function broadcast(recipients: Recipient[], message: string): Promise<BroadcastReport> {
  const results = await Promise.allSettled(recipients.map((r) => sendNotification(r, message)));

  const report: BroadcastReport = { delivered: [], failed: [] };
  results.forEach((result, i) => {
    const recipient = recipients[i]!;
    if (result.status === "fulfilled") {
      report.delivered.push(result.value);
    } else {
      log.warn(`notification to ${recipient.id} failed`, result.reason);
      report.failed.push({ recipient: recipient.id, reason: String(result.reason) });
    }
  });
  return report;
}
