import {afterEach, describe, expect, it, vi} from 'vitest';
import {getActivePlugin} from '@docusaurus/plugin-content-docs/lib/client/docsClientUtils.js';

// patches/: Docusaurus sorts with localeCompare on every page, and a collator's first use is tens of milliseconds
// of a phone's start-up. The patches sort by code units, and patch-package fails the install when one no longer
// applies. The docs plugin's can be run here; theme-common's (useShallowMemoObject) sits in a file with JSX. The
// third patch (the docs plugin's preferred-version state) is checked in the browser, tests/e2e/startup.e2e.ts.
afterEach(() => vi.restoreAllMocks());

describe('the patched active-docs-plugin lookup', () => {
  const plugin = (path: string) => ({path, versions: [], breadcrumbs: true}) as never;
  const plugins = {
    root: plugin('/'),
    handbook: plugin('/handbok'),
    guides: plugin('/veiledere'),
    deep: plugin('/handbok/eldre'),
  };

  it('still finds the plugin with the longest matching path, whatever the order given', () => {
    expect(getActivePlugin(plugins, '/handbok/eldre/side/')?.pluginId).toBe('deep');
    expect(getActivePlugin(plugins, '/handbok/prosess/')?.pluginId).toBe('handbook');
    expect(getActivePlugin(plugins, '/veiledere/ikt/')?.pluginId).toBe('guides');
    expect(getActivePlugin(plugins, '/kurs/')?.pluginId).toBe('root');
  });

  it('does not compare paths with a collator', () => {
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
    getActivePlugin(plugins, '/handbok/prosess/');
    expect(localeCompare).not.toHaveBeenCalled();
  });
});
