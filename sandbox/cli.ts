// `npm run sandbox -- --port 4010 --contacts 200`: runs the sandbox until Ctrl-C.
import { startSandbox } from './index';

function flag(name: string): number | undefined {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : undefined;
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({
    port: flag('port') ?? 0,
    seed: {
      contacts: flag('contacts') ?? 50,
      allowDuplicates: process.argv.includes('--allow-duplicates'),
    },
  });
  const tokens = await sandbox.issueTokens();
  console.log(`HighLevel sandbox listening on ${sandbox.url}`);
  console.log(`  authorize URL  ${sandbox.url}/v2/oauth/chooselocation`);
  console.log(`  token URL      ${sandbox.url}/oauth/token`);
  console.log(`  location id    ${sandbox.locationId}`);
  console.log(`  company id     ${sandbox.companyId}`);
  console.log(`  client id      ${sandbox.clientId}`);
  console.log(`  client secret  ${sandbox.clientSecret}`);
  console.log(`  access token   ${tokens.access_token}`);
  console.log(`  control API    ${sandbox.url}/__sandbox/state`);

  const stop = async (signal: string) => {
    console.log(`\n${signal}: stopping the sandbox`);
    await sandbox.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
