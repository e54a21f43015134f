import type {LoadContext, Plugin} from '@docusaurus/types';
import {formatProblems, scanFrontMatter, type FrontMatterRule} from '../../lib/frontMatterScan';

export type Options = {rules: FrontMatterRule[]};

/** Fails the build when a template or guide has malformed front matter. */
export default function frontMatterValidation(context: LoadContext, options: Options): Plugin<void> {
  return {
    name: 'front-matter-validation',
    async loadContent() {
      const problems = await scanFrontMatter(context.siteDir, options.rules);
      if (problems.length > 0) throw new Error(formatProblems(problems));
    },
  };
}
