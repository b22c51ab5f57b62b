// expect: no-promise-as-value
// countHerd is async but its result is placed un-awaited in the census payload, so JSON.stringify serialises each count as {} and the authority receives no animal numbers.
export interface EarTag {
  tag: string;
  herdId: string;
  born: number;
  sex: 'simle' | 'hirvas' | 'vaadin';
  slaughtered?: boolean;
}

export interface TagDatabase {
  tagsForHerd(herdId: string): Promise<EarTag[]>;
}

export interface CensusConfig {
  authorityUrl: string;
  districtCode: string;
  apiKey: string;
  season: string;
}

export class HerdCensus {
  constructor(private readonly tags: TagDatabase, private readonly config: CensusConfig) {}

  async countHerd(herdId: string): Promise<{ total: number; calves: number; bulls: number }> {
    const tags = (await this.tags.tagsForHerd(herdId)).filter((t) => !t.slaughtered);
    const year = new Date().getFullYear();
    return {
      total: tags.length,
      calves: tags.filter((t) => t.born === year).length,
      bulls: tags.filter((t) => t.sex === 'hirvas').length,
    };
  }

  async submit(herdIds: string[]): Promise<string> {
    const herds = herdIds.map((herdId) => ({
      herdId,
      counts: this.countHerd(herdId),
    }));

    const res = await fetch(`${this.config.authorityUrl}/census/${this.config.season}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': this.config.apiKey,
      },
      body: JSON.stringify({
        district: this.config.districtCode,
        submittedAt: new Date().toISOString(),
        herds,
      }),
    });

    if (!res.ok) throw new Error(`census submission rejected: ${res.status} ${await res.text()}`);
    const { receipt } = (await res.json()) as { receipt: string };
    return receipt;
  }
}

export function quotaExceeded(total: number, pastureHectares: number, maxPerHa = 0.35): boolean {
  return total > pastureHectares * maxPerHa;
}
