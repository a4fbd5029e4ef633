import { resolve } from 'node:path'
import { defineConfig } from 'vite'

// Builds the loopback test/demo server (`npm run web`, the e2e tests) into
// out-web/. It shares the services and handlers with the Electron main
// process but is never part of the packaged app.
export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'electron/main/server/cli.ts'),
    outDir: 'out-web',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'server.mjs' } },
  },
})
