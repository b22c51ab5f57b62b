// expect: none
// EventEmitter.emit() calls its listeners synchronously, so `registered` is fully populated by the time emit() returns and the count/duplicate check that follows reads the final list.
import { EventEmitter } from 'node:events';

export interface LintPlugin {
  name: string;
  version: string;
  rules: Record<string, (source: string) => string[]>;
}

type RegisterFn = (plugin: LintPlugin) => void;

export class PluginHost extends EventEmitter {
  private readonly plugins = new Map<string, LintPlugin>();

  loadAll(modules: Array<{ id: string; setup(host: PluginHost): void }>): LintPlugin[] {
    const registered: LintPlugin[] = [];
    const collect: RegisterFn = (plugin) => {
      registered.push(plugin);
    };
    this.on('register', collect);

    try {
      for (const mod of modules) {
        try {
          mod.setup(this);
        } catch (err) {
          this.emit('plugin-error', mod.id, err);
        }
      }
    } finally {
      this.off('register', collect);
    }

    const seen = new Set<string>();
    for (const plugin of registered) {
      if (seen.has(plugin.name)) {
        throw new Error(`plugin "${plugin.name}" registered twice`);
      }
      seen.add(plugin.name);
      this.plugins.set(plugin.name, plugin);
    }
    process.stderr.write(`loaded ${registered.length} lint plugin(s) from ${modules.length} module(s)\n`);
    return registered;
  }

  register(plugin: LintPlugin): void {
    if (!/^\d+\.\d+\.\d+/.test(plugin.version)) {
      throw new TypeError(`plugin ${plugin.name} has invalid version ${plugin.version}`);
    }
    this.emit('register', plugin);
  }

  run(source: string): Array<{ rule: string; message: string }> {
    const out: Array<{ rule: string; message: string }> = [];
    for (const plugin of this.plugins.values()) {
      for (const [ruleName, check] of Object.entries(plugin.rules)) {
        for (const message of check(source)) out.push({ rule: `${plugin.name}/${ruleName}`, message });
      }
    }
    return out;
  }
}
