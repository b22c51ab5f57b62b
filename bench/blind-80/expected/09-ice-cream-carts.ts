// expect: none
// The menu promise is deliberately memoised and shared by concurrent callers (the same load is wanted), and a failed load clears the cache so the next call starts a fresh one.
export interface Flavour {
  id: string;
  name: string;
  priceCents: number;
  containsNuts: boolean;
  scoopsLeft: number;
}

export interface Menu {
  cartId: string;
  flavours: Flavour[];
  loadedAt: number;
}

declare const depot: {
  loadMenu(cartId: string): Promise<Omit<Menu, 'loadedAt'>>;
  reserveScoops(cartId: string, flavourId: string, scoops: number): Promise<{ remaining: number }>;
};

const MENU_TTL_MS = 5 * 60_000;

export class CartMenu {
  private menu: Menu | null = null;
  private loading: Promise<Menu> | null = null;

  constructor(private readonly cartId: string) {}

  get(): Promise<Menu> {
    if (this.menu && Date.now() - this.menu.loadedAt < MENU_TTL_MS) {
      return Promise.resolve(this.menu);
    }
    if (!this.loading) {
      this.loading = depot
        .loadMenu(this.cartId)
        .then((m) => {
          this.menu = { ...m, loadedAt: Date.now() };
          return this.menu;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }

  invalidate(): void {
    this.menu = null;
  }
}

export interface ScoopOrder {
  flavourId: string;
  scoops: number;
}

export async function takeOrder(
  menu: CartMenu,
  cartId: string,
  items: ScoopOrder[],
  nutAllergy: boolean,
): Promise<{ totalCents: number; lines: string[] }> {
  const current = await menu.get();
  const byId = new Map(current.flavours.map((f) => [f.id, f]));

  const lines: string[] = [];
  let totalCents = 0;
  for (const item of items) {
    const flavour = byId.get(item.flavourId);
    if (!flavour) throw new Error(`flavour ${item.flavourId} is not on cart ${cartId}`);
    if (nutAllergy && flavour.containsNuts) {
      throw new Error(`${flavour.name} contains nuts`);
    }
    if (flavour.scoopsLeft < item.scoops) {
      throw new Error(`only ${flavour.scoopsLeft} scoops of ${flavour.name} left`);
    }
    const { remaining } = await depot.reserveScoops(cartId, flavour.id, item.scoops);
    if (remaining < 3) menu.invalidate();
    totalCents += flavour.priceCents * item.scoops;
    lines.push(`${item.scoops} × ${flavour.name}`);
  }
  return { totalCents, lines };
}

export async function warmMenus(menus: CartMenu[]): Promise<number> {
  // Several carts can share a CartMenu; concurrent get() calls share one load.
  const loaded = await Promise.all(menus.map((m) => m.get()));
  return loaded.reduce((n, m) => n + m.flavours.length, 0);
}
