import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import SurveyChart from '@site/src/components/SurveyChart';
import {GROUP_LABELS, SURVEY_FINDINGS, type Group, type SurveyFinding} from '@site/src/data/survey';
import {formatSource, formatSurveyValue} from '@site/src/lib/format';
import {findingTitle, sourceHref} from '@site/src/lib/surveyView';

const valueOf = (finding: SurveyFinding, category: string, group: Group) =>
  finding.values.find((v) => v.category === category && v.group === group);

/** Respondent groups with a value in the finding, in the order the site shows groups. */
const groupsIn = (finding: SurveyFinding) =>
  (Object.keys(GROUP_LABELS) as Group[]).filter((g) => finding.values.some((v) => v.group === g));

const shown = (finding: SurveyFinding, category: string, group: Group) => {
  const value = valueOf(finding, category, group);
  return value ? formatSurveyValue(value, finding.unit) : 'Ikke oppgitt';
};

/** A finding with answer categories and several groups, where the report gives no number for some of them. */
const partlyStated = SURVEY_FINDINGS.find(
  (f) =>
    f.categories &&
    groupsIn(f).length > 1 &&
    Object.keys(f.categories).some((c) => groupsIn(f).some((g) => !valueOf(f, c, g))),
)!;
const categories = Object.entries(partlyStated.categories!);
const groups = groupsIn(partlyStated);
/** A finding with N and a note on what the report leaves out. */
const withNotes = SURVEY_FINDINGS.find((f) => f.n !== undefined && f.unstated !== undefined)!;

describe('SurveyChart', () => {
  it('is a captioned figure whose SVG drawing is hidden from screen readers, who get the table', () => {
    const {container} = render(<SurveyChart id={partlyStated.id} />);
    const figure = screen.getByRole('figure', {name: findingTitle(partlyStated)});
    const drawing = container.querySelector(`[data-chart="${partlyStated.id}"]`)!;
    expect(drawing).toHaveAttribute('aria-hidden', 'true');
    expect(figure).toContainElement(drawing as HTMLElement);
    // One drawing per answer category with a stated value, one bar per stated value.
    const stated = new Set(partlyStated.values.map((v) => v.category));
    expect(drawing.querySelectorAll('svg')).toHaveLength(stated.size);
    expect(drawing.querySelectorAll('rect')).toHaveLength(partlyStated.values.length);
  });

  it('writes each bar’s value and group as text, so colour carries no meaning alone', () => {
    const {container} = render(<SurveyChart id={partlyStated.id} />);
    const drawing = container.querySelector(`[data-chart="${partlyStated.id}"]`)!;
    const texts = Array.from(drawing.querySelectorAll('text, p'), (t) => t.textContent);
    for (const value of partlyStated.values) {
      expect(texts).toContain(formatSurveyValue(value, partlyStated.unit));
      expect(texts).toContain(GROUP_LABELS[value.group]);
      expect(texts).toContain(partlyStated.categories![value.category!]);
    }
  });

  it('carries the same numbers in a table, with "Ikke oppgitt" where the report is silent', () => {
    render(<SurveyChart id={partlyStated.id} />);
    const table = screen.getByRole('table', {name: `Tabell: ${findingTitle(partlyStated)}`});
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Svar', ...groups.map((g) => GROUP_LABELS[g])]);
    for (const [category, label] of categories) {
      const row = within(table).getByRole('row', {name: (name) => name.startsWith(label)});
      expect(
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
        category,
      ).toEqual(groups.map((group) => shown(partlyStated, category, group)));
    }
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain('Ikke oppgitt');
  });

  it('names N, the source with a link, and what the report leaves out', () => {
    render(<SurveyChart id={withNotes.id} />);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent(`N = ${withNotes.n}.`);
    expect(within(figure).getByRole('link', {name: formatSource(withNotes.source)})).toHaveAttribute(
      'href',
      sourceHref(withNotes.id),
    );
    expect(figure).toHaveTextContent(withNotes.unstated!);
  });
});
