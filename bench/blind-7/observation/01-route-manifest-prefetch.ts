// expect: no-unobserved-promise
// prefetchVisibleLinks parks manifest fetches in the cache Map with no handler; a 404 or network failure for a link the user never clicks (or clicks later) becomes an unhandled rejection.
interface RouteManifest {
  route: string;
  scripts: string[];
  styles: string[];
  data?: string;
}

const manifestCache = new Map<string, Promise<RouteManifest>>();

async function fetchManifest(route: string): Promise<RouteManifest> {
  const file = route === '/' ? '/index' : route.replace(/\/$/, '');
  const res = await fetch(`/_manifest${file}.json`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`manifest for ${route} failed: ${res.status}`);
  return (await res.json()) as RouteManifest;
}

function injectPreloads(manifest: RouteManifest): void {
  const head = document.head;
  for (const href of manifest.scripts) {
    if (head.querySelector(`link[rel="modulepreload"][href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    head.appendChild(link);
  }
  for (const href of manifest.styles) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'style';
    link.href = href;
    head.appendChild(link);
  }
}

export function prefetchVisibleLinks(root: ParentNode = document): void {
  const links = root.querySelectorAll<HTMLAnchorElement>('a[data-prefetch]');
  links.forEach((link) => {
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || manifestCache.has(url.pathname)) return;
    manifestCache.set(url.pathname, fetchManifest(url.pathname));
  });
}

export async function navigate(path: string): Promise<void> {
  let pending = manifestCache.get(path);
  if (!pending) {
    pending = fetchManifest(path);
    manifestCache.set(path, pending);
  }
  try {
    const manifest = await pending;
    injectPreloads(manifest);
    history.pushState({ path }, '', path);
    window.dispatchEvent(new CustomEvent('routechange', { detail: manifest }));
  } catch (err) {
    manifestCache.delete(path);
    console.error(`client navigation to ${path} failed, doing a full load`, err);
    location.assign(path);
  }
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('a[data-prefetch]') : null;
  if (!(target instanceof HTMLAnchorElement) || event.metaKey || event.ctrlKey) return;
  event.preventDefault();
  void navigate(new URL(target.href).pathname);
});
