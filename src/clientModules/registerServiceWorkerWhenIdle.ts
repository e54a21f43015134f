/**
 * The PWA plugin's own client module registers the service worker while main.js is evaluated: it starts loading
 * workbox-window beside the page's own code and adds its work to the longest task a phone has at start-up. The
 * worker serves the reader's next visit and offline reading, not the page being opened, so this module, set as the
 * plugin's `swRegister`, loads the plugin's registration code at the first idle moment after load instead.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {whenIdleAfterLoad} from '@site/src/browser/whenIdle';

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  void whenIdleAfterLoad(new AbortController().signal).then(() => import('@docusaurus/plugin-pwa/lib/registerSw.js'));
}
