import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import type {Options as BlogOptions} from '@docusaurus/plugin-content-blog';
import {resolveSearchSetup, searchConnectSources} from './src/lib/searchConfig';
import type {Options as SecurityHeadersOptions} from './src/plugins/security-headers';
import {resolveSiteAddress} from './src/lib/siteAddress';
import {resolveEditUrl} from './src/lib/editUrl';
import {resolvePublisher} from './src/lib/publisherConfig';
import {publisherOwner} from './src/data/publisher';
import {PART_LABELS, ROUTE_BASES, TRUST_PAGES, guidePath, handbookPath, coursePath, newsPath} from './src/data/routes';
import type {Options as FrontMatterOptions} from './src/plugins/front-matter-validation';
import rehypeTaskListLabels from './src/plugins/rehype-task-list-labels';
import rehypeTableRegions from './src/plugins/rehype-table-regions';
import remarkComponentImports from './src/plugins/remark-component-imports';
import {MDX_COMPONENTS} from './src/plugins/remark-component-imports/components';

const search = resolveSearchSetup(process.env);
const site = resolveSiteAddress(process.env);
if (site.notice) console.info(`[INFO] ${site.notice}`);
const editUrl = resolveEditUrl(process.env);
const publisher = resolvePublisher(process.env);

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The footer's last lines: who publishes the portal, where to write, and the source of the figures. */
function footerCopyright(): string {
  const lines = [`Utgitt av ${escapeHtml(publisherOwner(publisher))}.`];
  if (publisher.postalAddress.length > 0)
    lines.push(`Postadresse: ${publisher.postalAddress.map(escapeHtml).join(', ')}.`);
  if (publisher.email !== '') {
    const email = escapeHtml(publisher.email);
    lines.push(`Kontakt oss: <a class="footer__link-item" href="mailto:${email}">${email}</a>`);
  }
  lines.push(
    'Funn og tall er hentet fra «Kartlegging av innkjøpssamarbeid i offentlig sektor» (KPMG for Difi, 2018). Tekstene er skrevet for Innkjøpsportalen.',
  );
  return lines.map((line) => `<p>${line}</p>`).join('');
}

const SITE_TITLE = 'Innkjøpsportalen';
const SITE_DESCRIPTION =
  'Kunnskap, maler og kurs for innkjøpere i kommuner, fylkeskommuner, statlige virksomheter og innkjøpssamarbeid.';

const sharedDocsOptions = {
  breadcrumbs: true,
  showLastUpdateTime: false,
  editUrl,
  remarkPlugins: [[remarkComponentImports, {components: MDX_COMPONENTS}]],
  rehypePlugins: [rehypeTaskListLabels, rehypeTableRegions],
} satisfies Partial<DocsOptions>;

const frontMatterRules: FrontMatterOptions = {
  rules: [
    {dir: 'docs', kind: 'template', appliesTo: 'templates'},
    {dir: 'guides', kind: 'guide', appliesTo: 'all', exclude: ['index.mdx']},
  ],
};

const config: Config = {
  title: SITE_TITLE,
  tagline: SITE_DESCRIPTION,
  favicon: 'img/favicon.svg',
  url: site.url,
  baseUrl: site.baseUrl,
  trailingSlash: true,
  // The banner is an inline script that only helps misconfigured deployments; the CSP is simpler without it.
  baseUrlIssueBanner: false,
  // The publisher this build names (PUBLISHER_* variables), read in components with usePublisher(); the search
  // kind, so the privacy page can say whether queries leave the browser.
  customFields: {publisher, searchKind: search.kind},
  // Printed links show their whole address (custom.css); the site's own links carry only the path.
  headTags: [{tagName: 'style', attributes: {}, innerHTML: `:root{--portal-origin:${JSON.stringify(site.url)}}`}],

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'nb',
    locales: ['nb'],
    localeConfigs: {
      nb: {label: 'Norsk bokmål', htmlLang: 'nb-NO', direction: 'ltr'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          ...sharedDocsOptions,
          path: 'docs',
          routeBasePath: ROUTE_BASES.handbook,
          sidebarPath: './sidebars/handbok.ts',
        },
        // The blog is the plugin in src/plugins/blog-feed-links, which completes its feeds.
        blog: false,
        pages: {rehypePlugins: [rehypeTableRegions]},
        theme: {customCss: './src/css/custom.css'},
        sitemap: {changefreq: 'weekly', priority: 0.5},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      './src/plugins/blog-feed-links/index.ts',
      {
        path: 'blog',
        routeBasePath: ROUTE_BASES.news,
        editUrl,
        rehypePlugins: [rehypeTableRegions],
        blogTitle: 'Nyheter og endringslogg',
        blogDescription: 'Nye og endrede maler, veiledere og kurs i Innkjøpsportalen.',
        blogSidebarTitle: 'Siste nytt',
        // A change log is scanned, not read: no reading time, and no author block (src/theme/BlogPostItem/Header/Authors).
        showReadingTime: false,
        onInlineAuthors: 'throw',
        onInlineTags: 'throw',
        onUntruncatedBlogPosts: 'throw',
        feedOptions: {
          type: ['rss', 'atom'],
          title: `${SITE_TITLE} – nyheter og endringslogg`,
          description: 'Endringer i maler, veiledere og kurs i Innkjøpsportalen.',
          language: 'nb-NO',
          copyright: `Innkjøpsportalen ${new Date().getFullYear()}`,
        },
      } satisfies BlogOptions,
    ],
    [
      '@docusaurus/plugin-content-docs',
      {
        ...sharedDocsOptions,
        id: 'guides',
        path: 'guides',
        routeBasePath: ROUTE_BASES.guides,
        sidebarPath: './sidebars/guides.ts',
      } satisfies DocsOptions,
    ],
    [
      '@docusaurus/plugin-content-docs',
      {
        ...sharedDocsOptions,
        id: 'courses',
        path: 'courses',
        routeBasePath: ROUTE_BASES.courses,
        sidebarPath: './sidebars/courses.ts',
      } satisfies DocsOptions,
    ],
    ['./src/plugins/front-matter-validation/index.ts', frontMatterRules],
    './src/plugins/template-downloads/index.ts',
    './src/plugins/template-versions/index.ts',
    './src/plugins/scorm-packages/index.ts',
    [
      './src/plugins/security-headers/index.ts',
      {connectSources: searchConnectSources(search)} satisfies SecurityHeadersOptions,
    ],
    './src/plugins/plain-code-blocks/index.ts',
    // The reader's words and one result per page for the local search; Algolia has its own synonyms.
    ...(search.kind === 'local' ? ['./src/plugins/search-query-layer/index.ts'] : []),
    [
      '@docusaurus/plugin-pwa',
      {
        // Precaching the whole site suits an installed app; a reader in the browser keeps what they visit (swCustom).
        offlineModeActivationStrategies: ['appInstalled', 'standalone', 'queryString'],
        swCustom: require.resolve('./src/serviceWorker/offlineRoutes.js'),
        swRegister: require.resolve('./src/clientModules/registerServiceWorkerWhenIdle.ts'),
        pwaHead: [
          {tagName: 'link', rel: 'manifest', href: `${site.baseUrl}manifest.json`},
          {tagName: 'meta', name: 'theme-color', content: '#1d4f7c'},
          {tagName: 'link', rel: 'apple-touch-icon', href: `${site.baseUrl}img/icon-192.png`},
        ],
      },
    ],
  ],

  themes: search.themes,
  clientModules: [require.resolve('./src/clientModules/deferLinkPrefetch.ts')],

  themeConfig: {
    metadata: [{name: 'description', content: SITE_DESCRIPTION}],
    colorMode: {defaultMode: 'light', respectPrefersColorScheme: true},
    navbar: {
      title: SITE_TITLE,
      logo: {alt: 'Innkjøpsportalen – til forsiden', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'handbok', label: PART_LABELS.handbook, position: 'left'},
        {type: 'docSidebar', docsPluginId: 'guides', sidebarId: 'guides', label: PART_LABELS.guides, position: 'left'},
        {
          type: 'docSidebar',
          docsPluginId: 'courses',
          sidebarId: 'courses',
          label: PART_LABELS.courses,
          position: 'left',
        },
        {to: newsPath(), label: PART_LABELS.news, position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Kilde til funnene',
          items: [
            {label: 'Funn fra kartleggingen (2018)', to: handbookPath('funn/')},
            {label: 'Kilder til tallene', to: handbookPath('funn/kilder/')},
            {label: 'Katalog over innkjøpssamarbeid', to: '/samarbeid/'},
          ],
        },
        {
          title: 'Om portalen',
          items: [
            ...(publisher.email === '' ? [] : [{label: 'Kontakt oss', href: `mailto:${publisher.email}`}]),
            {label: 'Om kilden og portalen', to: '/om/'},
            {label: 'Tilgjengelighetserklæring', to: TRUST_PAGES.accessibility},
            {label: 'Personvern og lagring i nettleseren', to: TRUST_PAGES.privacy},
          ],
        },
        {
          title: 'Innhold',
          items: [
            {label: 'Håndbok og maler', to: handbookPath()},
            {label: 'Kategoriveiledere', to: guidePath()},
            {label: 'Kurs', to: coursePath()},
          ],
        },
        {
          title: 'Følg endringer',
          items: [
            {label: 'Nyheter og endringslogg', to: newsPath()},
            {label: 'RSS-strøm', href: `pathname://${newsPath('rss.xml')}`},
            {label: 'Atom-strøm', href: `pathname://${newsPath('atom.xml')}`},
          ],
        },
      ],
      copyright: footerCopyright(),
    },
    ...(search.algolia ? {algolia: search.algolia} : {}),
  } satisfies Preset.ThemeConfig,
};

export default config;
