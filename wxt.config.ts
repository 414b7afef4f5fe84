import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { leanScriptContextPlugin } from './tools/build/lean-script-context';
import { nativeBrowserInContentPlugin } from './tools/build/native-browser-in-content';
import { noRawHtmlPlugin } from './tools/build/no-raw-html';
import { ruleBookAsset } from './tools/build/rule-book-asset';
import { stripRuleDocsPlugin } from './tools/build/strip-rule-docs';
import { terseContentScriptPlugin } from './tools/build/terse-content-script';

// One codebase, two browsers: `wxt build -b chrome` (MV3) and `wxt build -b firefox --mv3`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  vite: () => ({
    plugins: [preact(), stripRuleDocsPlugin(), nativeBrowserInContentPlugin(), leanScriptContextPlugin(), noRawHtmlPlugin(), terseContentScriptPlugin()],
    // The extension's own builds: utils/i18n.ts drops its English fallback (browser.i18n answers there).
    define: { __SOURCELINE_EXTENSION__: 'true' },
  }),
  hooks: {
    // The rule book, built here once rather than by the background at each install (rule-book-asset.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push(ruleBookAsset());
    },
  },
  // `npm run zip`: the store packages in .output/, and for addons.mozilla.org the sources it
  // rebuilds from: everything `npm ci && npm run build` reads (package files, sources, public,
  // tools/, README with the build steps), none of what tests or builds leave behind. WXT
  // already leaves out node_modules, .output, dot-files and *.test.ts files.
  zip: {
    excludeSources: ['test/**', 'test-results/**', 'docs/screenshots/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    // Name and description in the browser's language, from public/_locales.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Nothing beyond what the code uses: no tabs, history or webRequest.
    permissions: ['storage'],
    action: {
      default_title: 'Sourceline',
    },
    // The keyboard command: show everything Sourceline collapsed on the page, or collapse it again.
    commands: {
      'toggle-collapse': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_command_toggle__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'sourceline@sourceline.dev',
          // data_collection_permissions needs Firefox 140 on desktop (the ESR Debian ships) and 142 on Android.
          strict_min_version: '140.0',
          // Firefox asks add-ons to declare what they collect: nothing.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
