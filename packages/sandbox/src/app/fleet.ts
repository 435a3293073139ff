import type { AppInstance } from './sample-app.js';

export interface AppLabels {
  platform: 'railway' | 'vercel';
  service: string;
  environment: string;
  version: string;
  deployment: string;
}

export interface FleetMember {
  app: AppInstance;
  labels: AppLabels;
}

/** Every app instance running in the sandbox, so Prometheus can scrape them all. */
export class Fleet {
  private readonly members = new Set<FleetMember>();
  private readonly listeners: (() => void)[] = [];

  add(app: AppInstance, labels: AppLabels): void {
    const member = { app, labels };
    this.members.add(member);
    app.onStop(() => {
      this.members.delete(member);
      this.changed();
    });
    this.changed();
  }

  list(): FleetMember[] {
    return [...this.members];
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
