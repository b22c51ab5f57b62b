// expect: none
// The `??` picks between two promises (an in-flight request or a new one), and `===` compares promise identity to drop stale responses; both sides are promises on purpose and every displayed value is awaited.
export interface BellSpec {
  noteName: string;
  diameterMm: number;
  profile: 'light' | 'medium' | 'heavy';
  inscriptionChars: number;
}

export interface Quote {
  weightKg: number;
  metalCost: number;
  labourCost: number;
  totalCost: number;
  leadWeeks: number;
}

const QUOTE_URL = '/api/foundry/quote';

function specKey(spec: BellSpec): string {
  return `${spec.noteName}|${spec.diameterMm}|${spec.profile}|${spec.inscriptionChars}`;
}

export class QuoteWidget {
  private readonly inflight = new Map<string, Promise<Quote>>();
  private current: Promise<Quote> | null = null;

  constructor(private readonly root: HTMLElement, private readonly currency = 'GBP') {}

  private request(spec: BellSpec): Promise<Quote> {
    const key = specKey(spec);
    const pending =
      this.inflight.get(key) ??
      fetch(QUOTE_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(spec),
      })
        .then((res) => {
          if (!res.ok) throw new Error(`quote service returned ${res.status}`);
          return res.json() as Promise<Quote>;
        })
        .finally(() => this.inflight.delete(key));
    this.inflight.set(key, pending);
    return pending;
  }

  async update(spec: BellSpec): Promise<void> {
    const request = this.request(spec);
    this.current = request;
    this.root.setAttribute('aria-busy', 'true');

    let quote: Quote;
    try {
      quote = await request;
    } catch (err) {
      if (this.current === request) {
        this.root.setAttribute('aria-busy', 'false');
        this.root.textContent = `Could not price this bell: ${(err as Error).message}`;
      }
      return;
    }

    if (this.current !== request) return;

    const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: this.currency });
    this.root.setAttribute('aria-busy', 'false');
    this.root.textContent =
      `${spec.noteName} bell, ~${quote.weightKg} kg: ${money.format(quote.totalCost)} ` +
      `(metal ${money.format(quote.metalCost)}, labour ${money.format(quote.labourCost)}), ` +
      `ready in ${quote.leadWeeks} weeks`;
  }
}

export function bindQuoteForm(form: HTMLFormElement, widget: QuoteWidget): void {
  form.addEventListener('input', () => {
    const data = new FormData(form);
    const spec: BellSpec = {
      noteName: String(data.get('note') ?? 'D'),
      diameterMm: Number(data.get('diameter') ?? 600),
      profile: (data.get('profile') as BellSpec['profile']) ?? 'medium',
      inscriptionChars: String(data.get('inscription') ?? '').length,
    };
    widget.update(spec).catch(() => {});
  });
}
