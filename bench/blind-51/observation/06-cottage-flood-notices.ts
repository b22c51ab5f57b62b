// expect: none
// All notice promises are collected synchronously with no await in between, then handed straight to Promise.allSettled, and each result's status is checked before use.
export interface KeeperCottage {
  cottageId: string;
  lockName: string;
  keeperPhone: string;
  keeperEmail?: string;
}

export interface FloodWarning {
  riverSection: string;
  level: 'alert' | 'warning' | 'severe';
  expectedPeakIso: string;
}

export interface NoticeOutcome {
  cottageId: string;
  channel: 'sms' | 'email';
  delivered: boolean;
  error?: string;
}

declare const smsGateway: {
  send(phone: string, text: string): Promise<{ messageId: string }>;
};
declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};
declare const waterwaysLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

function smsText(cottage: KeeperCottage, warning: FloodWarning): string {
  return `${warning.level.toUpperCase()}: ${warning.riverSection} peak ~${warning.expectedPeakIso.slice(11, 16)}. Check ${cottage.lockName} paddles.`;
}

function emailBody(cottage: KeeperCottage, warning: FloodWarning): string {
  return [
    `Flood ${warning.level} for ${warning.riverSection}.`,
    `Expected peak: ${warning.expectedPeakIso}.`,
    `Please draw the paddles at ${cottage.lockName} and report the upstream gauge reading.`,
  ].join('\n\n');
}

export async function notifyKeepers(cottages: KeeperCottage[], warning: FloodWarning): Promise<NoticeOutcome[]> {
  const attempts: Array<{ cottageId: string; channel: NoticeOutcome['channel'] }> = [];
  const sends: Promise<unknown>[] = [];

  for (const cottage of cottages) {
    attempts.push({ cottageId: cottage.cottageId, channel: 'sms' });
    sends.push(smsGateway.send(cottage.keeperPhone, smsText(cottage, warning)));
    if (cottage.keeperEmail && warning.level !== 'alert') {
      attempts.push({ cottageId: cottage.cottageId, channel: 'email' });
      sends.push(mailer.send(cottage.keeperEmail, `Flood ${warning.level}: ${warning.riverSection}`, emailBody(cottage, warning)));
    }
  }

  const results = await Promise.allSettled(sends);
  const outcomes = results.map((result, index): NoticeOutcome => {
    const attempt = attempts[index]!;
    if (result.status === 'fulfilled') {
      return { ...attempt, delivered: true };
    }
    const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
    waterwaysLog.error('keeper notice failed', { ...attempt, reason });
    return { ...attempt, delivered: false, error: reason };
  });

  waterwaysLog.info('flood notices sent', {
    section: warning.riverSection,
    delivered: outcomes.filter((o) => o.delivered).length,
    failed: outcomes.filter((o) => !o.delivered).length,
  });
  return outcomes;
}

export function unreachedCottages(outcomes: NoticeOutcome[]): string[] {
  const reached = new Set(outcomes.filter((o) => o.delivered).map((o) => o.cottageId));
  return [...new Set(outcomes.map((o) => o.cottageId))].filter((id) => !reached.has(id));
}
