// expect: no-promise-as-value
// The digest line puts workshop.estimateHours(...) straight into a template string; it is async, so the email says "[object Promise] hours" instead of the estimate.
interface TramRecord {
  fleetNo: string;
  operator: string;
  builtYear: number;
  status: 'stored' | 'stripped' | 'in-restoration' | 'operational';
}

interface WorkItem {
  fleetNo: string;
  task: string;
  hours: number;
  done: boolean;
}

declare const collection: {
  trams(): Promise<TramRecord[]>;
};

declare const workshop: {
  workItems(fleetNo: string): Promise<WorkItem[]>;
  estimateHours(fleetNo: string): Promise<number>;
};

declare const mailer: {
  send(to: string[], subject: string, text: string): Promise<void>;
};

const STATUS_LABEL: Record<TramRecord['status'], string> = {
  stored: 'in store',
  stripped: 'stripped to frame',
  'in-restoration': 'under restoration',
  operational: 'running',
};

function progressBar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

export class RestorationDigest {
  constructor(private readonly volunteers: string[]) {}

  private async lineFor(tram: TramRecord): Promise<string> {
    const items = await workshop.workItems(tram.fleetNo);
    const done = items.filter((i) => i.done).length;
    const next = items.find((i) => !i.done);
    const header = `No. ${tram.fleetNo} (${tram.operator}, ${tram.builtYear}) - ${STATUS_LABEL[tram.status]}`;
    const progress = `${progressBar(done, items.length)} ${done}/${items.length} tasks`;
    const remaining = `about ${workshop.estimateHours(tram.fleetNo)} hours of work left`;
    const nextTask = next ? `next up: ${next.task}` : 'awaiting final inspection';
    return [header, `  ${progress}`, `  ${remaining}; ${nextTask}`].join('\n');
  }

  async compose(): Promise<string> {
    const trams = await collection.trams();
    const active = trams
      .filter((t) => t.status === 'in-restoration' || t.status === 'stripped')
      .sort((a, b) => a.builtYear - b.builtYear);
    const lines = await Promise.all(active.map((t) => this.lineFor(t)));
    const running = trams.filter((t) => t.status === 'operational').length;
    return [
      `Restoration shed digest - ${new Date().toDateString()}`,
      `${running} cars in service, ${active.length} in the shed`,
      '',
      ...lines,
    ].join('\n');
  }

  async sendWeekly(): Promise<void> {
    const text = await this.compose();
    await mailer.send(this.volunteers, 'Tram shed weekly digest', text);
  }
}
