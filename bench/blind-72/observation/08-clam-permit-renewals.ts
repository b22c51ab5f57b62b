// expect: no-unobserved-promise
// sendRenewalNotices starts every notice before checking the season, and the season-closed early return leaves those promises behind with nothing attached.
export interface ExpiringPermit {
  permitNo: string;
  holderEmail: string;
  holderName: string;
  beach: string;
  expiresOn: string;
}

export interface NoticeReceipt {
  permitNo: string;
  messageId: string;
}

export interface RenewalRun {
  region: string;
  notified: number;
  skipped: number;
  reason?: string;
  receipts: NoticeReceipt[];
}

interface Season {
  region: string;
  closed: boolean;
  reopensOn?: string;
  closureReason?: string;
}

declare const registry: {
  expiringWithin(region: string, days: number): Promise<ExpiringPermit[]>;
};

declare const seasonApi: {
  current(region: string): Promise<Season>;
};

declare const mailer: {
  send(to: string, subject: string, text: string): Promise<{ messageId: string }>;
};

function noticeText(p: ExpiringPermit): string {
  return [
    `Dear ${p.holderName},`,
    '',
    `Your clam digging permit ${p.permitNo} for ${p.beach} expires on ${p.expiresOn}.`,
    'Renew online or at any harbour office. Bring your measuring gauge for inspection.',
  ].join('\n');
}

async function sendNotice(p: ExpiringPermit): Promise<NoticeReceipt> {
  const { messageId } = await mailer.send(p.holderEmail, `Permit ${p.permitNo} expires ${p.expiresOn}`, noticeText(p));
  return { permitNo: p.permitNo, messageId };
}

export async function sendRenewalNotices(region: string, withinDays = 21): Promise<RenewalRun> {
  const expiring = await registry.expiringWithin(region, withinDays);
  if (expiring.length === 0) {
    return { region, notified: 0, skipped: 0, receipts: [] };
  }

  const deliverable = expiring.filter((p) => /.+@.+\..+/.test(p.holderEmail));
  const notices = deliverable.map((p) => sendNotice(p));

  const season = await seasonApi.current(region);
  if (season.closed) {
    return {
      region,
      notified: 0,
      skipped: expiring.length,
      reason: `season closed${season.closureReason ? ` (${season.closureReason})` : ''}`,
      receipts: [],
    };
  }

  const receipts = await Promise.all(notices);
  return {
    region,
    notified: receipts.length,
    skipped: expiring.length - deliverable.length,
    receipts,
  };
}

export async function runAllRegions(regions: readonly string[]): Promise<RenewalRun[]> {
  const runs: RenewalRun[] = [];
  for (const region of regions) {
    runs.push(await sendRenewalNotices(region));
  }
  return runs;
}
