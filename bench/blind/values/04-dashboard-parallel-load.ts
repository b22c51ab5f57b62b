// expect: none
// The array literal of promises goes to Promise.all, which expects promises, and only the awaited tuple is used.

interface Widget {
  id: string;
  title: string;
}

interface Alert {
  id: string;
  severity: 'low' | 'high';
}

declare const api: {
  widgets(boardId: string): Promise<Widget[]>;
  alerts(boardId: string): Promise<Alert[]>;
  lastSync(boardId: string): Promise<Date>;
};

export interface DashboardModel {
  widgets: Widget[];
  highAlerts: number;
  syncedAgo: number;
}

export async function loadDashboard(boardId: string): Promise<DashboardModel> {
  const [widgets, alerts, lastSync] = await Promise.all([
    api.widgets(boardId),
    api.alerts(boardId),
    api.lastSync(boardId),
  ]);

  return {
    widgets,
    highAlerts: alerts.filter((a) => a.severity === 'high').length,
    syncedAgo: Date.now() - lastSync.getTime(),
  };
}
