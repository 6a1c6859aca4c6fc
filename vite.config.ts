import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * `vite build --mode single` (npm run build:single) makes one self-contained HTML file that runs
 * from `file://`: everything inlined, workers included (a page on `file://` may not start a
 * Worker from a file, but may from a Blob). Every other mode is the normal multi-file build with
 * a service worker for offline use after the first visit.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: single ? './' : '/',
    plugins: [react(), ...(single ? [inlineWorkers(), safeToInline(), viteSingleFile({ removeViteModuleLoader: true })] : [offlineShell()])],
    define: { __SINGLE_FILE__: JSON.stringify(single) },
    // Classic workers in the one file: a page on file:// may start those from a Blob, not module ones.
    worker: { format: single ? 'iife' : 'es' },
    build: {
      target: 'es2022',
      sourcemap: !single,
      outDir: single ? 'dist-single' : 'dist',
      // Monaco alone is several MB; one file is the point of this build.
      chunkSizeWarningLimit: single ? 100_000 : 500,
    },
  };
});

/** Turns every `?worker` import into `?worker&inline`, which Vite bundles into a Blob worker. */
function inlineWorkers(): Plugin {
  return {
    name: 'kube-playground:inline-workers',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('?worker')) return null;
      const resolved = await this.resolve(source.slice(0, -'?worker'.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}?worker&inline` : null;
    },
  };
}

/**
 * Code that will sit inside an inline `<script>` must not contain `</script` or `<!--` (the
 * catalogue's sample web pages do, in strings): the HTML parser would end or re-mode the script
 * there. Escaped with a backslash, the strings mean the same to JavaScript.
 */
function safeToInline(): Plugin {
  return {
    name: 'kube-playground:safe-to-inline',
    renderChunk: (code) => code.replaceAll('</script', '<\\/script').replaceAll('<!--', '<\\!--'),
  };
}

/**
 * The service worker: precaches the app shell and every lazy chunk (the editor, lessons, the
 * schema), so after one visit the playground opens with no network at all.
 */
function offlineShell(): Plugin[] {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,json,svg,png,woff2,ttf}'],
      globIgnores: ['examples/**'],
      // Monaco's chunks are bigger than workbox's 2 MiB default.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/examples\//],
    },
  });
}
