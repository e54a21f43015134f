/**
 * The classic theme loads prism-react-renderer on every page through a client
 * module that registers extra highlighting languages, even when no page has a
 * code block. With src/theme/CodeBlock rendering plain code, that module has
 * nothing to do; resolving it to an empty module drops the highlighter.
 */
import type {Plugin} from '@docusaurus/types';

export default function plainCodeBlocks(): Plugin<void> {
  const prismClientModule = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages');
  return {
    name: 'plain-code-blocks',
    configureWebpack: () => ({resolve: {alias: {[prismClientModule]: false}}}),
  };
}
