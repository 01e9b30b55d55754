import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev:web` proxies the API to a running server; point it elsewhere with REPLYTRACK_API.
const apiTarget = process.env.REPLYTRACK_API ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Inlined data: assets would need a looser CSP than the server sends.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/webhooks': { target: apiTarget, changeOrigin: false },
    },
  },
});
