// `npm start`: install, build the client and the server, start the server. Works on a
// machine with only Node 20 and npm. PORT, HOST, DATA_DIR and the other
// variables in the README pass through to the server.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { installDeps, pnpm, root, step, toolEnv } from './toolchain.mjs';

installDeps();
step('building the client');
pnpm(['--filter', '@nws/client', 'build']);
step('building the server');
pnpm(['--filter', '@nws/server', 'build']);
step('starting the server');
// Compiled JavaScript (server/dist), not a TypeScript loader.
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
  cwd: join(root, 'server'),
  stdio: 'inherit',
  env: toolEnv(),
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
