import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const backend = "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      {
        // wouter imports useSyncExternalStore from this shim for React 17. On React 18+
        // the shim only hands back React's own hook, so take it from React directly:
        // the same function, and 0.3 kB gzipped less in the entry.
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: "react",
      },
    ],
  },
  server: {
    proxy: {
      "/api": backend,
      "/media": backend,
      "/documents": backend,
    },
  },
  build: {
    target: "baseline-widely-available",
    // The backend serves dist/index.html itself; assets get hashed names so they
    // can be cached forever.
    assetsDir: "assets",
    // Every browser of the target preloads modules itself: no polyfill in the entry
    // (where one is missing, chunks still load, only without the head start).
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
