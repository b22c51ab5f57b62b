// expect: no-unobserved-promise
// preload() stores one compile promise per template at startup with no rejection handler; a template that fails to download or compile (e.g. a retired key returning 404) rejects before anyone calls render(), producing an unhandled rejection that crashes the mailer on boot.
declare const objectStore: {
  getText(bucket: string, key: string, opts?: { signal?: AbortSignal }): Promise<string>;
};
declare const mailer: {
  send(msg: { to: string; subject: string; html: string; text: string }): Promise<{ messageId: string }>;
};

type Compiled = (vars: Record<string, string>) => string;

interface CompiledTemplate {
  subject: Compiled;
  html: Compiled;
  text: Compiled;
}

function compile(source: string): Compiled {
  const parts = source.split(/(\{\{\s*[\w.]+\s*\}\})/g);
  return (vars) =>
    parts
      .map((part) => {
        const m = /^\{\{\s*([\w.]+)\s*\}\}$/.exec(part);
        if (!m) return part;
        if (!(m[1] in vars)) throw new Error(`missing template variable ${m[1]}`);
        return vars[m[1]];
      })
      .join('');
}

function parseTemplate(name: string, raw: string): CompiledTemplate {
  const [subject, html, text] = raw.split(/^---$/m);
  if (!subject || !html || !text) throw new Error(`template ${name} needs subject/html/text sections`);
  return { subject: compile(subject.trim()), html: compile(html), text: compile(text) };
}

export class TemplateRegistry {
  private readonly loaded = new Map<string, Promise<CompiledTemplate>>();

  constructor(
    private readonly bucket: string,
    private readonly locale = 'en',
  ) {}

  private load(name: string): Promise<CompiledTemplate> {
    const key = `templates/${this.locale}/${name}.tmpl`;
    return objectStore.getText(this.bucket, key).then((raw) => parseTemplate(name, raw));
  }

  preload(names: readonly string[]): void {
    for (const name of names) {
      if (!this.loaded.has(name)) this.loaded.set(name, this.load(name));
    }
  }

  async render(name: string, vars: Record<string, string>): Promise<{ subject: string; html: string; text: string }> {
    let tpl = this.loaded.get(name);
    if (!tpl) {
      tpl = this.load(name);
      this.loaded.set(name, tpl);
    }
    const t = await tpl;
    return { subject: t.subject(vars), html: t.html(vars), text: t.text(vars) };
  }

  async sendTo(to: string, name: string, vars: Record<string, string>): Promise<string> {
    const rendered = await this.render(name, { ...vars, recipient: to });
    const { messageId } = await mailer.send({ to, ...rendered });
    return messageId;
  }
}

export const templates = new TemplateRegistry(process.env.TEMPLATE_BUCKET ?? 'mail-templates');
templates.preload(['welcome', 'password-reset', 'invoice-ready', 'trial-ending']);
