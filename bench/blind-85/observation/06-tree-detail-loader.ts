// expect: none
// The three lookups start together, but Promise.all attaches handlers to plant and care at once, and the price promise already ends in .catch(), so the early return that skips it leaves nothing unhandled.
export interface Tree {
  id: string;
  species: string;
  style: 'chokkan' | 'moyogi' | 'kengai' | 'bunjingi' | 'yose-ue';
  ageYears: number;
  potMaker?: string;
  forSale: boolean;
}

export interface CareEntry {
  at: string;
  action: 'water' | 'prune' | 'wire' | 'repot' | 'feed';
  note?: string;
}

export interface Quote {
  priceEur: number;
  reservedBy?: string;
}

declare const catalog: { tree(id: string): Promise<Tree | null> };
declare const careLog: { recent(id: string, limit: number): Promise<CareEntry[]> };
declare const pricing: { quote(id: string): Promise<Quote> };

export interface TreePage {
  status: 200 | 404;
  tree?: Tree;
  care?: CareEntry[];
  quote?: Quote | null;
  headline?: string;
}

export async function loadTreePage(id: string): Promise<TreePage> {
  const treeP = catalog.tree(id);
  const careP = careLog.recent(id, 12);
  const quoteP = pricing.quote(id).catch((err: unknown) => {
    console.warn(`pricing unavailable for ${id}`, err);
    return null;
  });

  const [tree, care] = await Promise.all([treeP, careP]);
  if (!tree) {
    return { status: 404 };
  }

  const headline = `${tree.species} (${tree.style}), about ${tree.ageYears} years`;
  if (!tree.forSale) {
    return { status: 200, tree, care, headline };
  }

  const quote = await quoteP;
  return {
    status: 200,
    tree,
    care,
    quote,
    headline: quote?.reservedBy ? `${headline} (reserved)` : headline,
  };
}

export async function handleTreeRoute(req: Request): Promise<Response> {
  const id = new URL(req.url).pathname.split('/').pop() ?? '';
  if (!/^[a-z0-9-]{4,40}$/.test(id)) {
    return new Response('bad id', { status: 400 });
  }
  const page = await loadTreePage(id);
  return new Response(JSON.stringify(page), {
    status: page.status,
    headers: { 'content-type': 'application/json', 'cache-control': 'max-age=60' },
  });
}
