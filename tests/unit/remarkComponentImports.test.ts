import {describe, expect, it} from 'vitest';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkComponentImports from '@site/src/plugins/remark-component-imports';
import {MDX_COMPONENTS, MDX_COMPONENT_NAMES} from '@site/src/plugins/remark-component-imports/components';

const COMPONENTS = {Quiz: '@site/src/components/Quiz', SurveyChart: '@site/src/components/SurveyChart'};

/** The JavaScript MDX compiles `source` to, with the plugin in the pipeline. */
async function compiled(source: string): Promise<string> {
  const file = await compile(source, {remarkPlugins: [[remarkComponentImports, {components: COMPONENTS}]]});
  return String(file);
}

describe('remark-component-imports', () => {
  it('imports exactly the registered components a page uses', async () => {
    const js = await compiled('# Leksjon\n\n<Quiz questions={[]} />\n\nTekst med <Ukjent /> komponent.\n');
    expect(js).toContain('import Quiz from "@site/src/components/Quiz";');
    expect(js).not.toContain('SurveyChart');
    expect(js).not.toMatch(/import Ukjent/);
  });

  it('finds components used inline and nested inside other elements', async () => {
    const js = await compiled('<details>\n\n<SurveyChart finding="x" />\n\n</details>\n\nSe <Quiz /> her.\n');
    expect(js).toContain('import Quiz from "@site/src/components/Quiz";');
    expect(js).toContain('import SurveyChart from "@site/src/components/SurveyChart";');
  });

  it('leaves a page that imports the component itself alone, so nothing is bound twice', async () => {
    const js = await compiled("import Quiz from './egen-quiz';\n\n<Quiz />\n");
    expect(js.match(/import Quiz/g)).toHaveLength(1);
    expect(js).toContain("from './egen-quiz'");
  });

  it('adds nothing to a page without components', async () => {
    const js = await compiled('Bare tekst.\n');
    expect(js).not.toContain('@site/');
  });
});

describe('MDX component registry', () => {
  it.each(MDX_COMPONENT_NAMES)('%s exists in src/components', (name) => {
    expect(MDX_COMPONENTS[name]).toBe(`@site/src/components/${name}`);
    const dir = path.resolve('src/components', name);
    expect(existsSync(path.join(dir, 'index.tsx')) || existsSync(`${dir}.tsx`)).toBe(true);
  });
});
