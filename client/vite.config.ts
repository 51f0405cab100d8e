import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development, Vite serves the client and forwards the API and the sync
// socket to the server on :8787 (start it with `pnpm --filter @nws/server start`).
// BENCH=1 also builds bench/tldraw-notes.html (a plain tldraw page for the
// cold-join benchmark) into dist-bench; production builds never contain it.
const bench = process.env.BENCH === '1';

export default defineConfig({
  plugins: [react()],
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
