/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the backend when the SPA is served from elsewhere; "" means same origin. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
