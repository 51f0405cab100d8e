// `npm run documents`: writes an example of every document into documents/
// (git-ignored), for a reviewer to open — the result protocol (with and
// without case narrations) and the status report as Word, the planning
// matrix, the values, the invitation list, the stakeholder analysis and one
// workbook of all four as Excel, made by the same code as the browser's
// buttons (client/src/documents/examples.ts); and the printable result
// protocol as PDF, printed by Chromium from the real page. This part
// installs and builds; documentsWrite.mjs (run with the TypeScript loader,
// like the server) writes.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { installDeps, pnpm, root, step, toolEnv } from './toolchain.mjs';

installDeps();
step('building the client');
pnpm(['--filter', '@nws/client', 'build']);
const writer = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'documentsWrite.mjs')], {
  cwd: join(root, 'server'),
  stdio: 'inherit',
  env: toolEnv(),
});
writer.on('exit', (code) => process.exit(code ?? 1));
