// expect: no-read-before-settle
// connectedCallback stores the merchant settings inside a .then() and builds the currency formatter from this.settings on the very next line, while it still holds the defaults, so a EUR/de-DE merchant's prices render as "$12.00".
interface MerchantSettings {
  locale: string;
  currency: string;
  showTaxInline: boolean;
  taxRate: number;
}

declare const merchantApi: {
  settings(merchantId: string): Promise<MerchantSettings>;
};

const DEFAULTS: MerchantSettings = { locale: 'en-US', currency: 'USD', showTaxInline: false, taxRate: 0 };

export class PriceTag extends HTMLElement {
  static observedAttributes = ['amount', 'merchant'];

  private settings: MerchantSettings = DEFAULTS;
  private formatter = new Intl.NumberFormat(DEFAULTS.locale, { style: 'currency', currency: DEFAULTS.currency });

  connectedCallback(): void {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
    const merchant = this.getAttribute('merchant');
    if (merchant) {
      merchantApi.settings(merchant).then(
        (s) => {
          this.settings = s;
        },
        (err: unknown) => console.warn(`price-tag: settings for ${merchant} unavailable`, err),
      );
    }
    this.formatter = new Intl.NumberFormat(this.settings.locale, {
      style: 'currency',
      currency: this.settings.currency,
    });
    this.render();
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === 'amount') this.render();
  }

  private render(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const amount = Number(this.getAttribute('amount') ?? '0');
    if (!Number.isFinite(amount)) {
      root.textContent = '';
      return;
    }
    const gross = this.settings.showTaxInline ? amount * (1 + this.settings.taxRate) : amount;
    const label = this.settings.showTaxInline ? 'incl. tax' : '';
    root.innerHTML = `<span part="price">${this.formatter.format(gross)}</span><small part="tax">${label}</small>`;
  }
}

customElements.define('price-tag', PriceTag);
