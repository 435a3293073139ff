import { Command } from 'commander';

export function sandboxCommand(): Command {
  const sandbox = new Command('sandbox').description('local Railway, Vercel and GitHub stand-ins, a sample app, traffic and Prometheus');
  sandbox
    .command('start')
    .description('start the sandbox; prints one JSON line with every URL and token, and runs until interrupted')
    .option('--config <file>', 'a YAML or JSON sandbox config')
    .option('--no-prometheus', 'do not start Prometheus even when it is on PATH')
    .action(async (flags: { config?: string; prometheus: boolean }) => {
      const { loadSandboxConfig, parseSandboxConfig, startSandbox } = await import('@golive/sandbox');
      const config = flags.config ? loadSandboxConfig(flags.config) : parseSandboxConfig({});
      if (!flags.prometheus) config.prometheus = false;
      const running = await startSandbox(config);
      const info = {
        ...running.info,
        projects: {
          railway: config.railway.projects.map((p) => ({
            name: p.name,
            environments: p.environments,
            services: p.services.map((s) => s.name),
          })),
          vercel: config.vercel.projects.map((p) => p.name),
        },
      };
      process.stdout.write(`${JSON.stringify(info)}\n`);
      if (info.prometheusNote) process.stderr.write(`golive sandbox: ${info.prometheusNote}\n`);
      process.stderr.write('golive sandbox: running; Ctrl-C to stop\n');
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running.stop().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
  return sandbox;
}
