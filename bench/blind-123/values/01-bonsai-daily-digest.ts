// expect: none
// Every async lookup (moisture, last repot, forecast) is awaited before its value is interpolated into the digest text, so the message contains numbers and dates rather than promises.
export interface TreeRecord {
  id: string;
  name: string;
  species: string;
  bench: string;
}

export interface GardenDb {
  trees(): Promise<TreeRecord[]>;
  lastRepot(treeId: string): Promise<Date | null>;
  moistureToday(treeId: string): Promise<number[]>;
}

export interface Forecast {
  highC(): Promise<number>;
}

export interface Notifier {
  send(channel: string, text: string): Promise<void>;
}

function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function monthsSince(date: Date): number {
  const now = new Date();
  return (now.getFullYear() - date.getFullYear()) * 12 + (now.getMonth() - date.getMonth());
}

export class DailyDigest {
  constructor(
    private readonly db: GardenDb,
    private readonly forecast: Forecast,
    private readonly notifier: Notifier,
  ) {}

  async lineFor(tree: TreeRecord): Promise<string> {
    const [moisture, repotted] = await Promise.all([this.db.moistureToday(tree.id), this.db.lastRepot(tree.id)]);
    const avg = average(moisture);
    const moistureText = avg === null ? 'no probe data' : `${avg.toFixed(0)}% avg moisture`;
    const repotText = repotted ? `repotted ${monthsSince(repotted)} months ago` : 'never repotted';
    return `• ${tree.name} (${tree.species}, ${tree.bench}): ${moistureText}, ${repotText}`;
  }

  async compose(): Promise<string> {
    const trees = await this.db.trees();
    const high = await this.forecast.highC();
    const lines: string[] = [];
    for (const tree of trees) {
      lines.push(await this.lineFor(tree));
    }
    const heatNote = high >= 30 ? `Heat warning: ${high}C expected, move shohin to shade cloth.` : `High of ${high}C expected.`;
    return [`Bonsai digest for ${new Date().toDateString()}`, heatNote, ...lines].join('\n');
  }

  async publish(channel = '#garden'): Promise<number> {
    const text = await this.compose();
    await this.notifier.send(channel, text);
    return text.split('\n').length - 2;
  }
}
