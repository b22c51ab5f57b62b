// expect: none
// Every rejected channel is inspected: its reason is logged and recorded for retry, and if no channel succeeded the reasons are rethrown as an AggregateError, so no delivery failure is lost.
type Channel = 'pagerduty' | 'slack' | 'sms';

interface Incident {
  id: string;
  service: string;
  severity: 'sev1' | 'sev2' | 'sev3';
  summary: string;
}

interface DeliveryReceipt {
  channel: Channel;
  externalId: string;
}

declare const notifiers: Record<Channel, (incident: Incident, opts: { signal?: AbortSignal }) => Promise<string>>;

declare const retryQueue: {
  add(job: { kind: 'incident-notify'; incidentId: string; channel: Channel; attempt: number }, opts: { delayMs: number }): Promise<void>;
};

declare const logger: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

function channelsFor(severity: Incident['severity']): Channel[] {
  if (severity === 'sev1') return ['pagerduty', 'sms', 'slack'];
  if (severity === 'sev2') return ['pagerduty', 'slack'];
  return ['slack'];
}

export async function notifyIncident(incident: Incident, signal?: AbortSignal): Promise<DeliveryReceipt[]> {
  const channels = channelsFor(incident.severity);
  const results = await Promise.allSettled(channels.map((ch) => notifiers[ch](incident, { signal })));

  const receipts: DeliveryReceipt[] = [];
  const failures: unknown[] = [];
  for (const [i, result] of results.entries()) {
    const channel = channels[i];
    if (result.status === 'fulfilled') {
      receipts.push({ channel, externalId: result.value });
      continue;
    }
    failures.push(result.reason);
    logger.error('incident notification failed', { incidentId: incident.id, channel, reason: String(result.reason) });
    await retryQueue.add({ kind: 'incident-notify', incidentId: incident.id, channel, attempt: 1 }, { delayMs: 30_000 });
  }

  if (receipts.length === 0) {
    throw new AggregateError(failures, `no channel accepted incident ${incident.id}`);
  }
  logger.info('incident notified', { incidentId: incident.id, channels: receipts.map((r) => r.channel) });
  return receipts;
}
