// expect: no-read-before-settle
// this.rates is assigned in a .then() that runs after mount() returns, but render() reads it synchronously on the next line, so the widget always renders with the empty initial table and shows "—" for every plan in any non-USD currency.
declare function fetchExchangeRates(base: string): Promise<Record<string, number>>;

export interface Plan {
  id: string;
  name: string;
  monthlyUsd: number;
}

const CURRENCY_LOCALES: Record<string, string> = { EUR: 'de-DE', GBP: 'en-GB', JPY: 'ja-JP', USD: 'en-US' };

export class PricingWidget {
  private rates: Record<string, number> = {};
  private loadError: string | null = null;

  constructor(private readonly plans: Plan[], private readonly currency: string) {}

  mount(root: HTMLElement): void {
    root.classList.add('pricing', 'is-loading');
    fetchExchangeRates('USD')
      .then((rates) => {
        this.rates = rates;
        root.classList.remove('is-loading');
      })
      .catch((err: Error) => {
        this.loadError = err.message;
        root.classList.remove('is-loading');
      });
    this.render(root);
  }

  private price(plan: Plan): string {
    const rate = this.currency === 'USD' ? 1 : this.rates[this.currency];
    if (rate === undefined) return '—';
    const fmt = new Intl.NumberFormat(CURRENCY_LOCALES[this.currency] ?? 'en-US', {
      style: 'currency',
      currency: this.currency,
      maximumFractionDigits: this.currency === 'JPY' ? 0 : 2,
    });
    return fmt.format(plan.monthlyUsd * rate);
  }

  private render(root: HTMLElement): void {
    root.replaceChildren(
      ...this.plans.map((plan) => {
        const card = document.createElement('article');
        card.dataset.plan = plan.id;
        const title = document.createElement('h3');
        title.textContent = plan.name;
        const amount = document.createElement('p');
        amount.className = 'pricing__amount';
        amount.textContent = `${this.price(plan)} / month`;
        card.append(title, amount);
        return card;
      }),
    );
    if (this.loadError) root.dataset.error = this.loadError;
  }
}
