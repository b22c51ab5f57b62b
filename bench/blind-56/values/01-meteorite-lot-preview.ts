// expect: no-promise-as-value
// The preview email interpolates this.formatEstimate(lot, currency), an async method, so bidders read "[object Promise]" where the local-currency estimate should be.
export interface AuctionLot {
  lotId: string;
  name: string;
  classification: string;
  massGrams: number;
  lowEstimateUsd: number;
  highEstimateUsd: number;
  imageUrl: string;
}

export interface Bidder {
  bidderId: string;
  email: string;
  currency: 'USD' | 'EUR' | 'GBP' | 'CHF' | 'JPY';
  interests: string[];
}

declare const fxRates: {
  usdTo(currency: Bidder['currency']): Promise<number>;
};

declare const mailer: {
  send(to: string, subject: string, html: string): Promise<{ messageId: string }>;
};

declare const saleCalendar: {
  previewDate(saleId: string): Promise<Date>;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class LotPreviewMailer {
  private readonly formatterCache = new Map<string, Intl.NumberFormat>();

  constructor(private readonly saleId: string) {}

  private formatter(currency: Bidder['currency']): Intl.NumberFormat {
    let fmt = this.formatterCache.get(currency);
    if (!fmt) {
      fmt = new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 });
      this.formatterCache.set(currency, fmt);
    }
    return fmt;
  }

  async formatEstimate(lot: AuctionLot, currency: Bidder['currency']): Promise<string> {
    const rate = currency === 'USD' ? 1 : await fxRates.usdTo(currency);
    const fmt = this.formatter(currency);
    return `${fmt.format(lot.lowEstimateUsd * rate)} – ${fmt.format(lot.highEstimateUsd * rate)}`;
  }

  private matches(lot: AuctionLot, bidder: Bidder): boolean {
    const haystack = `${lot.name} ${lot.classification}`.toLowerCase();
    return bidder.interests.some((i) => haystack.includes(i.toLowerCase()));
  }

  async sendPreview(lot: AuctionLot, bidder: Bidder): Promise<string | null> {
    if (!this.matches(lot, bidder)) return null;

    const viewing = await saleCalendar.previewDate(this.saleId);
    const html = [
      `<h1>${escapeHtml(lot.name)}</h1>`,
      `<img src="${lot.imageUrl}" alt="">`,
      `<p>${escapeHtml(lot.classification)}, ${lot.massGrams.toLocaleString('en-GB')} g</p>`,
      `<p>Estimate: ${this.formatEstimate(lot, bidder.currency)}</p>`,
      `<p>Viewing opens ${viewing.toDateString()}.</p>`,
    ].join('\n');

    const { messageId } = await mailer.send(bidder.email, `Preview: lot ${lot.lotId}, ${lot.name}`, html);
    return messageId;
  }

  async sendAll(lots: readonly AuctionLot[], bidders: readonly Bidder[]): Promise<number> {
    let sent = 0;
    for (const bidder of bidders) {
      for (const lot of lots) {
        if (await this.sendPreview(lot, bidder)) sent += 1;
      }
    }
    return sent;
  }
}
