import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import Finding from '@site/src/components/Finding';
import FindingValue from '@site/src/components/FindingValue';
import FindingSource from '@site/src/components/FindingSource';
import {GROUP_LABELS, getFinding} from '@site/src/data/survey';
import {formatSource, formatSurveyValue} from '@site/src/lib/format';
import {INTERVIEWS_HREF, formatSelected, selectionScope, sourceHref} from '@site/src/lib/surveyView';

const oneValue = getFinding('dokumenterte-besparelser');
/** Several values, one per sector, no answer categories. */
const perSector = getFinding('gratis-samarbeid');
const weaknesses = getFinding('svakheter');
const weakness = weaknesses.values[0]!;

describe('Finding', () => {
  it('shows the figure, its context, N and a link to the source', () => {
    render(<Finding id={oneValue.id} />);
    const callout = screen.getByRole('complementary', {name: `${formatSelected(oneValue)} ${oneValue.label}`});
    expect(callout).toHaveTextContent(oneValue.context);
    expect(callout).toHaveTextContent(`N = ${oneValue.n}.`);
    expect(within(callout).getByRole('link', {name: formatSource(oneValue.source)})).toHaveAttribute(
      'href',
      sourceHref(oneValue.id),
    );
  });

  it('lists every value of a finding with several, each described in words', () => {
    render(<Finding id={perSector.id} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(
      perSector.values.map((v) => `${formatSurveyValue(v, perSector.unit)} ${GROUP_LABELS[v.group]}`),
    );
  });

  it('shows one chosen value when a group is given, and names the group', () => {
    const {group} = perSector.values.at(-1)!;
    render(<Finding id={perSector.id} group={group} />);
    expect(screen.getByRole('complementary')).toHaveAccessibleName(
      `${formatSelected(perSector, {group})} ${perSector.label} ${GROUP_LABELS[group]}`,
    );
  });

  it("names the answer and the sector of a municipal value, and the sector's respondents beside N", () => {
    render(<Finding id={weaknesses.id} category="ressursmangel" group="kommune" />);
    const callout = screen.getByRole('complementary');
    expect(callout).toHaveAccessibleName(
      `${formatSelected(weaknesses, {category: 'ressursmangel', group: 'kommune'})} ${weaknesses.label} ` +
        selectionScope(weaknesses, {category: 'ressursmangel', group: 'kommune'}),
    );
    expect(callout).toHaveTextContent(/Ressursmangel i innkjøpsnettverket – kommunal sektor/);
    expect(callout).toHaveTextContent(
      `N = ${weaknesses.n} respondenter i samarbeid, av dem ${getFinding('respondenter-per-sektor').values.find((v) => v.group === 'kommune')!.value} i kommunal sektor.`,
    );
  });
});

describe('FindingValue and FindingSource', () => {
  it('render a number and its source inside running text', () => {
    render(
      <p>
        Svak forankring (<FindingValue id={weaknesses.id} category={weakness.category} group={weakness.group} />){' '}
        <FindingSource id={weaknesses.id} />.
      </p>,
    );
    expect(screen.getByText(/Svak forankring/).textContent).toBe(
      `Svak forankring (${formatSurveyValue(weakness, weaknesses.unit)}) (kilde: ${formatSource(weaknesses.source)}).`,
    );
  });

  it('cite an interview statement by the interviews and the figure it sits beside, with no statistic', () => {
    render(
      <p>
        Små kommuner hadde lite å si <FindingSource interviews figure={14} />.
      </p>,
    );
    const paragraph = screen.getByText(/Små kommuner/);
    expect(paragraph.textContent).toBe(
      'Små kommuner hadde lite å si (kilde: dybdeintervjuene, Kartleggingen 2018, figur 14).',
    );
    expect(within(paragraph).getByRole('link', {name: 'dybdeintervjuene'})).toHaveAttribute('href', INTERVIEWS_HREF);
    expect(() => render(<FindingSource interviews figure={99} />)).toThrow(/figur 99/);
  });

  it('throws on a reference that matches no value, so the build fails instead of showing a wrong number', () => {
    expect(() => render(<FindingValue id={weaknesses.id} category="finnes-ikke" />)).toThrow(/ingen verdi/);
    expect(() => render(<FindingValue id="finnes-ikke" />)).toThrow(/Ukjent funn «finnes-ikke»/);
  });
});
