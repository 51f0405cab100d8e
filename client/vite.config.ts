import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// In development, Vite serves the client and forwards the API and the sync
// socket to the server on :8787 (start it with `pnpm --filter @nws/server start`).
// BENCH=1 also builds bench/tldraw-notes.html (a plain tldraw page for the
// cold-join benchmark) into dist-bench, and lets the list view be measured
// without virtualisation (?virtual=off); production builds have neither.
const bench = process.env.BENCH === '1';

/** zod's English messages replaced by one German line (see src/sync/zodMessages.ts). */
const zodWithoutEnglish: Plugin = {
  name: 'zod-without-english-messages',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '../locales/en.js' && importer?.replaceAll('\\', '/').includes('/zod/v4/classic/'))
      return fileURLToPath(new URL('./src/sync/zodMessages.ts', import.meta.url));
    return null;
  },
};

export default defineConfig({
  plugins: [react(), zodWithoutEnglish],
  define: { 'import.meta.env.BENCH': JSON.stringify(bench) },
  resolve: {
    // y-websocket's tab-to-tab channel is never used (disableBc everywhere; see the stub).
    alias: {
      'lib0/broadcastchannel': fileURLToPath(new URL('./src/sync/noBroadcastChannel.ts', import.meta.url)),
      // yjs's console warnings without lib0's styled logger (see the stand-in).
      'lib0/logging': fileURLToPath(new URL('./src/sync/plainLogging.ts', import.meta.url)),
    },
  },
  build: {
    outDir: bench ? 'dist-bench' : 'dist',
    ...(bench ? { rollupOptions: { input: { main: 'index.html', tldrawNotes: 'bench/tldraw-notes.html' } } } : {}),
    emptyOutDir: true,
    // scripts/bundle-size.mjs reads the manifest to measure what each route loads.
    manifest: true,
    chunkSizeWarningLimit: 4096,
    // tldraw's assets are emitted as files and served by our own server.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8787',
      '/sync': { target: 'ws://localhost:8787', ws: true },
    },
  },
});
