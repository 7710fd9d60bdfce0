import { preact } from "@preact/preset-vite";
import { defineConfig } from "vitest/config";

const backend = "http://127.0.0.1:8000";

// The source is written against React's API (and typed with @types/react), but runs on
// Preact through its compat layer: about 60 kB gzipped less in the entry than React.
// Production, the dev server and the tests all resolve React to the same Preact.
const preactAliases = [
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react-dom\/test-utils$/, replacement: "preact/test-utils" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react\/jsx-runtime$/, replacement: "preact/compat/jsx-runtime" },
  { find: /^react\/jsx-dev-runtime$/, replacement: "preact/compat/jsx-dev-runtime" },
  { find: /^react$/, replacement: "preact/compat" },
  {
    // wouter imports useSyncExternalStore from this shim for React 17; Preact's compat
    // layer has the hook itself, so take it from there and leave the shim out.
    find: /^use-sync-external-store\/shim(\/index\.js)?$/,
    replacement: "preact/compat",
  },
];

export default defineConfig({
  plugins: [
    preact({
      // JSX compiles to calls into preact/compat's runtime, which loads the compat layer
      // (React's prop names, onChange on text inputs...) wherever JSX is used.
      jsxImportSource: "preact/compat",
      // The aliases are set below, exactly, for the build, the dev server and vitest.
      reactAliasesEnabled: false,
    }),
  ],
  resolve: {
    alias: preactAliases,
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
    // The tests render with Preact, as the site does. Packages that import React are run
    // through Vite (inlined), so that the aliases above apply to them too; Node would load
    // React itself for them. Testing Library's package main is CommonJS, whose require()
    // Vite does not resolve: take its ES module build.
    alias: [
      {
        find: /^@testing-library\/react$/,
        replacement: "@testing-library/react/dist/@testing-library/react.esm.js",
      },
    ],
    server: { deps: { inline: [/\/@testing-library\/react\//, /\/wouter\//] } },
  },
});
