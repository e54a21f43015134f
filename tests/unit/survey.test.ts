import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {SURVEY_FINDINGS, getFinding} from '@site/src/data/survey';

// A copy of the report text, so the data can be checked against its source on any machine.
const report = readFileSync(path.resolve(__dirname, '../fixtures/kartlegging-innkjopssamarbeid-2018.txt'), 'utf8');

describe('survey data', () => {
  it('has unique ids and a source for every finding', () => {
    const ids = SURVEY_FINDINGS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const finding of SURVEY_FINDINGS) {
      expect(finding.source.section.length, finding.id).toBeGreaterThan(0);
      expect(finding.values.length, finding.id).toBeGreaterThan(0);
    }
  });

  it('keeps percentages between 0 and 100', () => {
    for (const finding of SURVEY_FINDINGS.filter((f) => f.unit === 'prosent')) {
      for (const v of finding.values) expect(v.value, finding.id).toBeGreaterThanOrEqual(0);
      for (const v of finding.values) expect(v.value, finding.id).toBeLessThanOrEqual(100);
    }
  });

  it('only carries numbers that the report states', () => {
    for (const finding of SURVEY_FINDINGS) {
      for (const v of finding.values) {
        const stated = finding.unit === 'prosent' ? new RegExp(`\\b${v.value}\\s?%`) : new RegExp(`\\b${v.value}\\b`);
        expect(report, `${finding.id}: ${v.value}`).toMatch(stated);
        if (v.of !== undefined) expect(report, `${finding.id}: av ${v.of}`).toMatch(new RegExp(`\\b${v.of}\\b`));
      }
      if (finding.source.figure !== undefined) expect(report).toContain(`Figur ${finding.source.figure}:`);
    }
  });

  it('throws on an unknown id instead of showing nothing', () => {
    expect(() => getFinding('finnes-ikke' as never)).toThrow(/Ukjent funn/);
  });
});
