// expect: no-uncalled-async-function
// Promise.any is passed readFromCache uncalled; a non-promise value fulfils first, so the function itself is returned as the article.
interface Article {
  slug: string;
  title: string;
  html: string;
}

declare const articleCache: { match(key: string): Promise<Article | undefined> };

async function fetchFromNetwork(slug: string): Promise<Article> {
  const res = await fetch(`/api/articles/${slug}`);
  if (!res.ok) throw new Error(`article ${slug}: ${res.status}`);
  return (await res.json()) as Article;
}

export async function loadArticle(slug: string) {
  const readFromCache = async (): Promise<Article> => {
    const hit = await articleCache.match(slug);
    if (!hit) throw new Error('cache miss');
    return hit;
  };

  const article = await Promise.any([readFromCache, fetchFromNetwork(slug)]);
  return article;
}

export function renderInto(container: HTMLElement, article: Article): void {
  container.querySelector('h1')!.textContent = article.title;
  container.querySelector('.body')!.innerHTML = article.html;
}
