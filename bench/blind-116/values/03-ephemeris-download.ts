// expect: none
// The TLE text accumulated in the 'data' handler is only parsed inside the 'end' handler, after the response body has been fully received.
import { get } from 'node:https';

export interface TwoLineElement {
  name: string;
  noradId: number;
  line1: string;
  line2: string;
  epochDay: number;
}

export class EphemerisFeed {
  private buffer = '';
  private elements: TwoLineElement[] = [];
  private fetchedAt?: Date;

  constructor(private readonly url: string) {}

  refresh(onDone: (err: Error | null, count: number) => void): void {
    this.buffer = '';
    get(this.url, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        onDone(new Error(`celestrak answered ${res.statusCode}`), 0);
        return;
      }
      res.setEncoding('ascii');
      res.on('data', (chunk: string) => {
        this.buffer += chunk;
      });
      res.on('end', () => {
        try {
          this.elements = EphemerisFeed.parse(this.buffer);
          this.fetchedAt = new Date();
          onDone(null, this.elements.length);
        } catch (err) {
          onDone(err as Error, 0);
        }
      });
      res.on('error', (err) => onDone(err, 0));
    }).on('error', (err) => onDone(err, 0));
  }

  static parse(text: string): TwoLineElement[] {
    const lines = text.split(/\r?\n/).map((l) => l.trimEnd()).filter(Boolean);
    const out: TwoLineElement[] = [];
    for (let i = 0; i + 2 < lines.length; i += 3) {
      const [name, line1, line2] = lines.slice(i, i + 3);
      if (!line1?.startsWith('1 ') || !line2?.startsWith('2 ')) throw new Error(`bad TLE near line ${i + 1}`);
      out.push({
        name: name.trim(),
        noradId: Number(line1.slice(2, 7)),
        line1,
        line2,
        epochDay: Number(line1.slice(20, 32)),
      });
    }
    return out;
  }

  find(noradId: number): TwoLineElement | undefined {
    return this.elements.find((e) => e.noradId === noradId);
  }

  get ageMinutes(): number | undefined {
    return this.fetchedAt ? (Date.now() - this.fetchedAt.getTime()) / 60_000 : undefined;
  }
}
