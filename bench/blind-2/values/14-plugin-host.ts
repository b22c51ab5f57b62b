// expect: none
// EventEmitter.emit calls the listeners synchronously, so the contributions pushed by plugin listeners are all present when `routes` and `middleware` are read right after emit() returns.
import { EventEmitter } from 'node:events';

export interface RouteContribution {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  plugin: string;
}

export interface PluginApi {
  addRoute(route: Omit<RouteContribution, 'plugin'>): void;
  addMiddleware(name: string, order?: number): void;
}

export interface Plugin {
  name: string;
  setup(host: EventEmitter): void;
}

export class PluginHost extends EventEmitter {
  private readonly loaded: string[] = [];

  load(plugins: Plugin[]): void {
    for (const plugin of plugins) {
      if (this.loaded.includes(plugin.name)) {
        console.warn(`[plugins] ${plugin.name} registered twice, ignoring duplicate`);
        continue;
      }
      plugin.setup(this);
      this.loaded.push(plugin.name);
    }
  }

  collectContributions(): { routes: RouteContribution[]; middleware: string[] } {
    const routes: RouteContribution[] = [];
    const middleware: { name: string; order: number }[] = [];

    const api = (plugin: string): PluginApi => ({
      addRoute: (r) => routes.push({ ...r, plugin }),
      addMiddleware: (name, order = 100) => middleware.push({ name: `${plugin}:${name}`, order }),
    });

    const listeners = this.listenerCount('contribute');
    this.emit('contribute', (pluginName: string) => api(pluginName));

    const clash = routes.find((r, i) => routes.findIndex((o) => o.method === r.method && o.path === r.path) !== i);
    if (clash) throw new Error(`route ${clash.method} ${clash.path} contributed twice (last by ${clash.plugin})`);
    console.log(`[plugins] ${listeners} plugins contributed ${routes.length} routes, ${middleware.length} middleware`);
    return {
      routes,
      middleware: middleware.sort((a, b) => a.order - b.order).map((m) => m.name),
    };
  }
}
