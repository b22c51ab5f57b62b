// expect: none
// Every promise is awaited before its value is interpolated or compared, and `??` only picks between a cached promise and a fresh one.
export interface DyeLot {
  lotCode: string;
  vatId: string;
  colorName: string;
  targetHue: number;
  bolts: number;
}

export interface VatInfo {
  vatId: string;
  name: string;
  capacityLitres: number;
}

declare const lots: { get(lotCode: string): Promise<DyeLot> };
declare const vatsApi: { info(vatId: string): Promise<VatInfo> };
declare const colorimeter: { hue(vatId: string): Promise<number> };
declare const reportSink: { publish(markdown: string): Promise<void> };

const HUE_TOLERANCE = 4;

export class BatchReporter {
  private readonly vatCache = new Map<string, Promise<VatInfo>>();

  private vat(vatId: string): Promise<VatInfo> {
    const cached = this.vatCache.get(vatId) ?? vatsApi.info(vatId);
    this.vatCache.set(vatId, cached);
    cached.catch(() => this.vatCache.delete(vatId));
    return cached;
  }

  async lotLine(lotCode: string): Promise<string> {
    const lot = await lots.get(lotCode);
    const [vat, hue] = await Promise.all([this.vat(lot.vatId), colorimeter.hue(lot.vatId)]);
    const drift = Math.abs(hue - lot.targetHue);
    const verdict = drift <= HUE_TOLERANCE ? "on shade" : `off by ${drift.toFixed(1)}°`;
    return `| ${lot.lotCode} | ${lot.colorName} | ${vat.name} | ${lot.bolts} | ${hue.toFixed(1)}° | ${verdict} |`;
  }

  async sameVat(a: string, b: string): Promise<boolean> {
    const [lotA, lotB] = await Promise.all([lots.get(a), lots.get(b)]);
    return lotA.vatId === lotB.vatId;
  }

  async publishDaily(lotCodes: string[], date: string): Promise<string> {
    const rows: string[] = [];
    for (const code of lotCodes) {
      rows.push(await this.lotLine(code));
    }
    const markdown = [
      `## Dye house report ${date}`,
      "",
      "| lot | colour | vat | bolts | measured hue | verdict |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows,
      "",
      `${rows.filter((r) => r.includes("on shade")).length} of ${rows.length} lots on shade.`,
    ].join("\n");
    await reportSink.publish(markdown);
    return markdown;
  }
}
