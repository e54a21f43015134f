import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';
import {LEGAL_FIGURES, legalFigure, type LegalFigureId} from '@site/src/data/legalFigures';
import {PHASE_RULES} from '@site/src/data/phaseRules';
import {FRAMEWORK_MAX_YEARS} from '@site/src/data/procurementRules';

const root = path.resolve(__dirname, '../..');
// A number with the unit of a rule («30 prosent», «15 dager», «10 år»): the shape a legal figure takes in prose.
const LEGAL_NUMBER = /\b\d+(?:[/–-]\d+)? ?(?:prosent|%|dager|kalenderdager|måneder|år)\b/;

describe('legal figures', () => {
  it.each(Object.entries(LEGAL_FIGURES))('%s has its rule, a public source and the day it was checked', (_, f) => {
    expect(f.text.trim()).not.toBe('');
    expect(f.legalSource.trim()).not.toBe('');
    expect(f.source.url).toMatch(/^https:\/\//);
    expect(f.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (f.validFrom) expect(Date.parse(f.validFrom)).not.toBeNaN();
  });

  it('names the known figures when asked for an unknown one', () => {
    expect(() => legalFigure('ukjent' as LegalFigureId)).toThrow(/Ukjent regeltall «ukjent»\. Kjente: /);
  });

  it('keeps such figures out of the Regelverk prose and the phase duties: they come from the data', () => {
    const dir = path.join(root, 'docs/regelverk');
    const typed = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((file) =>
        matter(readFileSync(path.join(dir, file), 'utf8'))
          .content.split('\n')
          .flatMap((line, i) =>
            LEGAL_NUMBER.test(line.replace(/<LegalFigure[^>]*\/>/g, '')) ? [`${file}:${i + 1}`] : [],
          ),
      );
    expect(typed).toEqual([]);
    // The framework term comes from the rules tool's data (src/data/procurementRules.ts).
    const stated = [...Object.values(LEGAL_FIGURES).map((f) => f.text), `${FRAMEWORK_MAX_YEARS} år`];
    const duties = Object.values(PHASE_RULES)
      .flat()
      .filter((d) => LEGAL_NUMBER.test(stated.reduce((text, figure) => text.replaceAll(figure, ''), d.duty)));
    expect(duties.map((d) => d.id)).toEqual([]);
  });
});
