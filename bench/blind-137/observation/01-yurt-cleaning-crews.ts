// expect: none
// Every allSettled entry is inspected: rejected sends are collected with their reasons, logged and returned to the caller.
export interface SmsClient {
  send(to: string, body: string): Promise<{ messageId: string }>;
}

export interface Logger {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
}

export interface CleaningCrew {
  id: string;
  lead: string;
  phone: string;
  yurts: string[];
}

export interface Turnover {
  yurt: string;
  checkoutAt: string;
  nextArrivalAt: string | null;
}

export interface NotifyReport {
  sent: string[];
  failed: Array<{ crew: string; reason: string }>;
}

function composeMessage(crew: CleaningCrew, turnovers: Turnover[]): string {
  const mine = turnovers.filter((t) => crew.yurts.includes(t.yurt));
  const lines = mine.map((t) => {
    const next = t.nextArrivalAt ? `next guests ${t.nextArrivalAt}` : 'no arrival today';
    return `- ${t.yurt}: checkout ${t.checkoutAt}, ${next}`;
  });
  return [`Hi ${crew.lead}, today's turnovers:`, ...lines].join('\n');
}

export async function notifyCleaningCrews(
  sms: SmsClient,
  log: Logger,
  crews: CleaningCrew[],
  turnovers: Turnover[],
): Promise<NotifyReport> {
  const busy = crews.filter((crew) => turnovers.some((t) => crew.yurts.includes(t.yurt)));
  const results = await Promise.allSettled(
    busy.map((crew) => sms.send(crew.phone, composeMessage(crew, turnovers))),
  );

  const report: NotifyReport = { sent: [], failed: [] };
  results.forEach((result, i) => {
    const crew = busy[i];
    if (result.status === 'fulfilled') {
      report.sent.push(crew.id);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      report.failed.push({ crew: crew.id, reason });
    }
  });

  if (report.failed.length > 0) {
    log.warn('some cleaning crews were not notified', { failed: report.failed });
  }
  log.info('cleaning crews notified', { sent: report.sent.length, total: busy.length });
  return report;
}
