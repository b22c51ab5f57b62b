// expect: none
// The closeout steps are stored as thunks on purpose and each one is invoked with run() inside the loop, so every await receives a real promise from a started step.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface DigSite {
  code: string;
  quarry: string;
  openJackets: string[];
  trenches: number;
}

export interface FieldCrew {
  plasterJacket(jacketId: string): Promise<void>;
  backfillTrench(site: string, trench: number): Promise<void>;
}

export interface LandownerPortal {
  notifyClosed(site: string, summary: string): Promise<void>;
}

type Step = readonly [label: string, run: () => Promise<void>];

export class SiteCloseout {
  readonly completed: string[] = [];

  constructor(
    private readonly crew: FieldCrew,
    private readonly portal: LandownerPortal,
    private readonly reportDir: string,
  ) {}

  private steps(site: DigSite): Step[] {
    return [
      ...site.openJackets.map((id): Step => [`jacket ${id}`, () => this.crew.plasterJacket(id)]),
      ...Array.from({ length: site.trenches }, (_, i): Step => [
        `backfill trench ${i + 1}`,
        () => this.crew.backfillTrench(site.code, i + 1),
      ]),
      ['write field report', () => this.writeReport(site)],
      ['notify landowner', () => this.portal.notifyClosed(site.code, `${site.code} closed for the season`)],
    ];
  }

  private async writeReport(site: DigSite): Promise<void> {
    await mkdir(this.reportDir, { recursive: true });
    const body = [
      `Site ${site.code} (${site.quarry})`,
      `Jackets plastered: ${site.openJackets.length}`,
      `Trenches backfilled: ${site.trenches}`,
      `Steps: ${this.completed.join('; ')}`,
    ].join('\n');
    await writeFile(join(this.reportDir, `${site.code}-closeout.txt`), body);
  }

  async close(site: DigSite): Promise<string[]> {
    this.completed.length = 0;
    for (const [label, run] of this.steps(site)) {
      await run();
      this.completed.push(label);
    }
    return [...this.completed];
  }
}
