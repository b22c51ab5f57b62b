// expect: none
// Every locale request is wrapped with both fulfilment and rejection handlers as soon as it starts, so the in-order loop awaits promises that can never reject and a failing fallback locale cannot become an unhandled rejection.
type Messages = Record<string, string>;

type Loaded = { locale: string; ok: true; messages: Messages } | { locale: string; ok: false; error: unknown };

export interface I18nOptions {
  baseUrl: string;
  defaultLocale: string;
  signal?: AbortSignal;
}

function fallbackChain(requested: string, defaultLocale: string): string[] {
  const chain: string[] = [];
  const parts = requested.split('-');
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}

async function fetchBundle(baseUrl: string, locale: string, signal?: AbortSignal): Promise<Messages> {
  const res = await fetch(`${baseUrl}/locales/${locale}.json`, { signal, credentials: 'same-origin' });
  if (!res.ok) throw new Error(`locale ${locale}: HTTP ${res.status}`);
  return (await res.json()) as Messages;
}

export async function loadMessages(requested: string, opts: I18nOptions): Promise<{ locale: string; messages: Messages }> {
  const chain = fallbackChain(requested, opts.defaultLocale);

  const pending: Array<Promise<Loaded>> = chain.map((locale) =>
    fetchBundle(opts.baseUrl, locale, opts.signal).then(
      (messages): Loaded => ({ locale, ok: true, messages }),
      (error: unknown): Loaded => ({ locale, ok: false, error }),
    ),
  );

  const merged: Messages = {};
  let primary: string | null = null;
  for (const p of pending) {
    const loaded = await p;
    if (!loaded.ok) {
      if (opts.signal?.aborted) throw opts.signal.reason;
      console.warn(`[i18n] skipping ${loaded.locale}:`, loaded.error);
      continue;
    }
    primary ??= loaded.locale;
    for (const [key, text] of Object.entries(loaded.messages)) {
      if (!(key in merged)) merged[key] = text;
    }
  }

  if (!primary) throw new Error(`no message bundle could be loaded for ${requested}`);
  document.documentElement.lang = primary;
  return { locale: primary, messages: merged };
}
