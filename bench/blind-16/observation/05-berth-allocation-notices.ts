// expect: no-unchecked-settled-results
// The allSettled results are only used for their count; rejected notices are never inspected, so agents whose notice failed are still marked as notified.
export type BerthId = `B${number}`;

export interface BerthAllocation {
  vesselImo: string;
  vesselName: string;
  berth: BerthId;
  etaUtc: Date;
  etdUtc: Date;
  agentEmail: string;
  notifiedAt?: Date;
}

interface NoticePayload {
  to: string;
  subject: string;
  body: string;
}

declare const portMailer: {
  send(payload: NoticePayload): Promise<{ messageId: string }>;
};

declare const allocationRepo: {
  pendingNotices(window: { from: Date; to: Date }): Promise<BerthAllocation[]>;
  markNotified(imo: string, at: Date): Promise<void>;
};

const HOURS = 60 * 60 * 1000;

function formatWindow(a: BerthAllocation): string {
  const fmt = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16) + 'Z';
  return `${fmt(a.etaUtc)} - ${fmt(a.etdUtc)}`;
}

function buildNotice(a: BerthAllocation): NoticePayload {
  return {
    to: a.agentEmail,
    subject: `Berth ${a.berth} confirmed for ${a.vesselName} (IMO ${a.vesselImo})`,
    body: [
      `Vessel: ${a.vesselName}`,
      `IMO: ${a.vesselImo}`,
      `Berth: ${a.berth}`,
      `Window: ${formatWindow(a)}`,
      '',
      'Please confirm pilot booking at least 6 hours before arrival.',
    ].join('\n'),
  };
}

export interface NoticeRunSummary {
  considered: number;
  notified: number;
}

export async function sendBerthNotices(now = new Date()): Promise<NoticeRunSummary> {
  const allocations = await allocationRepo.pendingNotices({
    from: now,
    to: new Date(now.getTime() + 72 * HOURS),
  });
  if (allocations.length === 0) {
    return { considered: 0, notified: 0 };
  }

  const results = await Promise.allSettled(allocations.map((allocation) => portMailer.send(buildNotice(allocation))));

  const stamp = new Date();
  const updates: Promise<void>[] = [];
  for (let i = 0; i < results.length; i++) {
    const allocation = allocations[i];
    allocation.notifiedAt = stamp;
    updates.push(allocationRepo.markNotified(allocation.vesselImo, stamp));
  }
  await Promise.all(updates);

  return { considered: allocations.length, notified: updates.length };
}
