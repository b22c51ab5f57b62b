// expect: none
// allSettled results are walked in full: rejected notices are logged with their reason and queued for retry, and the outcome is reported.
import { randomUUID } from 'node:crypto';

export type Channel = 'email' | 'sms' | 'post';

export interface Party {
  id: string;
  name: string;
  role: 'claimant' | 'defendant' | 'counsel' | 'witness';
  preferredChannel: Channel;
  address: string;
}

export interface Hearing {
  caseNumber: string;
  courtroom: string;
  startsAt: Date;
  judge: string;
  parties: Party[];
}

declare const notifier: {
  send(channel: Channel, to: string, body: string, idempotencyKey: string): Promise<{ messageId: string }>;
};
declare const retryQueue: {
  enqueue(job: { kind: 'hearing-notice'; caseNumber: string; partyId: string; attempt: number }): Promise<void>;
};
declare const auditLog: {
  write(entry: Record<string, unknown>): void;
};

export interface NoticeOutcome {
  delivered: Array<{ partyId: string; messageId: string }>;
  failed: Array<{ partyId: string; reason: string }>;
}

function renderNotice(hearing: Hearing, party: Party): string {
  const when = hearing.startsAt.toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' });
  return [
    `Dear ${party.name},`,
    `You are listed as ${party.role} in case ${hearing.caseNumber}.`,
    `The hearing is scheduled for ${when} in courtroom ${hearing.courtroom} before ${hearing.judge}.`,
  ].join('\n');
}

export async function sendHearingNotices(hearing: Hearing): Promise<NoticeOutcome> {
  const batchId = randomUUID();
  const results = await Promise.allSettled(
    hearing.parties.map((party) =>
      notifier.send(party.preferredChannel, party.address, renderNotice(hearing, party), `${batchId}:${party.id}`),
    ),
  );

  const outcome: NoticeOutcome = { delivered: [], failed: [] };
  const retries: Promise<void>[] = [];

  results.forEach((result, i) => {
    const party = hearing.parties[i];
    if (result.status === 'fulfilled') {
      outcome.delivered.push({ partyId: party.id, messageId: result.value.messageId });
      return;
    }
    const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
    outcome.failed.push({ partyId: party.id, reason });
    retries.push(retryQueue.enqueue({ kind: 'hearing-notice', caseNumber: hearing.caseNumber, partyId: party.id, attempt: 1 }));
  });

  await Promise.all(retries);

  auditLog.write({
    event: 'hearing-notices-sent',
    batchId,
    caseNumber: hearing.caseNumber,
    delivered: outcome.delivered.length,
    failed: outcome.failed,
  });
  return outcome;
}
