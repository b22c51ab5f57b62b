// expect: no-promise-as-value
// `clash` is the promise from findBySlug, which is never null, so the !== null check always throws and no article can be created.

interface Article {
  id: number;
  slug: string;
  title: string;
}

declare const db: {
  articles: {
    findBySlug(slug: string): Promise<Article | null>;
    insert(data: Omit<Article, 'id'>): Promise<Article>;
  };
};

function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export async function createArticle(title: string): Promise<Article> {
  const slug = slugify(title);
  const clash = db.articles.findBySlug(slug);
  if (clash !== null) {
    throw new Error(`slug "${slug}" is already taken`);
  }
  return db.articles.insert({ slug, title });
}
