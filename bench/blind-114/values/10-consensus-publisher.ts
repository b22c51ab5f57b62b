// expect: no-promise-as-value
// computeConsensus is async but its result is placed un-awaited in the round summary, so JSON.stringify sends an empty object instead of the consensus scores.
export interface TastingSheet {
  taster: string;
  teaId: string;
  aroma: number;
  liquor: number;
  infusedLeaf: number;
  aftertaste: number;
}

export interface PanelStore {
  sheetsFor(teaId: string, round: number): Promise<TastingSheet[]>;
  tasterWeights(tasters: string[]): Promise<Map<string, number>>;
  markClosed(teaId: string, round: number): Promise<void>;
}

export interface Consensus {
  aroma: number;
  liquor: number;
  infusedLeaf: number;
  aftertaste: number;
  overall: number;
}

type Attribute = Exclude<keyof TastingSheet, 'taster' | 'teaId'>;
const ATTRIBUTES: Attribute[] = ['aroma', 'liquor', 'infusedLeaf', 'aftertaste'];

export class ConsensusPublisher {
  constructor(
    private readonly store: PanelStore,
    private readonly socket: WebSocket,
  ) {}

  async closeRound(teaId: string, round: number): Promise<number> {
    const sheets = await this.store.sheetsFor(teaId, round);
    if (sheets.length < 3) throw new Error(`round ${round} for ${teaId} has only ${sheets.length} sheets`);

    const summary = {
      type: 'round-closed',
      teaId,
      round,
      tasters: sheets.map((s) => s.taster),
      consensus: this.computeConsensus(sheets),
      closedAt: new Date().toISOString(),
    };

    this.socket.send(JSON.stringify(summary));
    await this.store.markClosed(teaId, round);
    return sheets.length;
  }

  private async computeConsensus(sheets: TastingSheet[]): Promise<Consensus> {
    const weights = await this.store.tasterWeights(sheets.map((s) => s.taster));
    const totalWeight = sheets.reduce((sum, s) => sum + (weights.get(s.taster) ?? 1), 0);

    const score = (attr: Attribute) =>
      Number(
        (sheets.reduce((sum, s) => sum + s[attr] * (weights.get(s.taster) ?? 1), 0) / totalWeight).toFixed(2),
      );

    const [aroma, liquor, infusedLeaf, aftertaste] = ATTRIBUTES.map(score);
    const overall = Number(((aroma + liquor + infusedLeaf + aftertaste) / ATTRIBUTES.length).toFixed(2));
    return { aroma, liquor, infusedLeaf, aftertaste, overall };
  }
}
