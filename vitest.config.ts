import path from 'node:path';
import {defineConfig} from 'vitest/config';

const site = path.resolve(__dirname);

// Docusaurus modules that components import, replaced by small stand-ins in jsdom (Link and Heading are the
// ones the SCORM lessons use too).
const docusaurusStubs = {
  '@docusaurus/Link': path.join(site, 'src/standIns/Link.tsx'),
  '@theme/Heading': path.join(site, 'src/standIns/Heading.tsx'),
  '@theme/Layout': path.join(site, 'tests/component/stubs/Layout.tsx'),
  '@docusaurus/useIsBrowser': path.join(site, 'tests/component/stubs/useIsBrowser.ts'),
  '@docusaurus/Head': path.join(site, 'tests/component/stubs/Head.tsx'),
  '@docusaurus/useGlobalData': path.join(site, 'tests/component/stubs/useGlobalData.ts'),
  '@docusaurus/useBrokenLinks': path.join(site, 'tests/component/stubs/useBrokenLinks.ts'),
  '@docusaurus/useDocusaurusContext': path.join(site, 'tests/component/stubs/useDocusaurusContext.ts'),
  '@docusaurus/useBaseUrl': path.join(site, 'tests/component/stubs/useBaseUrl.ts'),
  // Not a stand-in: the module Docusaurus's own webpack alias points at (React Router).
  '@docusaurus/router': path.join(site, 'node_modules/@docusaurus/core/lib/client/exports/router.js'),
};

export default defineConfig({
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {alias: {'@site': site, ...docusaurusStubs}},
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node'},
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
