import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { VantResolver } from '@vant/auto-import-resolver'
import { VitePWA } from 'vite-plugin-pwa'

// The inspectors' offline-first app (节能监察), a second entry of the same package: built by the same `npm run build`
// into the app's static resources under /m/, with its own service worker (scope /m/) and manifest. The desk pages are
// built first (their build empties static/); this one writes only static/m/.
// Vant's icon font lists a CDN copy after its inline one: the app loads nothing from outside (offline, and the CSP says
// font-src 'self' data:), so the CDN source is taken out
const noRemoteFonts = {
  name: 'energyinspect-no-remote-fonts',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('vant') || !/\.css($|\?)/.test(id)) return null
    return code.replace(/,\s*url\(["']?(?:https?:)?\/\/at\.alicdn\.com[^)]*\)\s*format\(["']?woff["']?\)/g, '')
  },
}

export default defineConfig({
  root: fileURLToPath(new URL('./mobile', import.meta.url)),
  base: '/m/',
  publicDir: fileURLToPath(new URL('./mobile/public', import.meta.url)),
  plugins: [
    noRemoteFonts,
    vue(),
    // Vant on demand: only the components (and their styles) the app uses
    Components({ resolvers: [VantResolver()], dts: false, dirs: ['src/components'] }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: '/m/',
        name: '节能监察',
        short_name: '节能监察',
        description: '工业节能监察平台 · 监察员现场检查（离线可用）',
        lang: 'zh-CN',
        start_url: '/m/',
        scope: '/m/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f7f8fa',
        theme_color: '#1d6b4f',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // the app shell: every file of the build; the cases themselves live in IndexedDB (Dexie)
        globPatterns: ['**/*.{js,css,html,png,svg,woff2}'],
        navigateFallback: '/m/index.html',
        navigateFallbackAllowlist: [/^\/m(\/|$)/],
        cleanupOutdatedCaches: true,
        // the first install takes over the open page at once, so what it loads next (a view's chunk) comes from the
        // cache even if the network goes right after; a later version waits for the user's 立即更新
        clientsClaim: true,
        runtimeCaching: [
          {
            // display names: the app asks once online, and reads the cached copy offline
            urlPattern: ({ url }) => url.pathname === '/api/v1/dictionaries',
            handler: 'NetworkFirst',
            options: { cacheName: 'ei-dictionaries', networkTimeoutSeconds: 5 },
          },
        ],
      },
    }),
  ],
  resolve: {
    alias: {
      '@m': fileURLToPath(new URL('./mobile/src', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../target/classes/static/m', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
  },
  server: {
    port: 5174,
    proxy: { '/api': 'http://localhost:8080', '/mobile': 'http://localhost:8080' },
  },
})
