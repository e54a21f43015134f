import React from 'react';
import Heading from '@theme/Heading';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import HeadlineFindings from '@site/src/components/HeadlineFindings';
import EntryPoints from '@site/src/components/EntryPoints';
import {getFinding, type SurveyFinding, type SurveyFindingId} from '@site/src/data/survey';
import {formatSource} from '@site/src/lib/format';
import {formatSelected} from '@site/src/lib/surveyView';

/** The source line as the site writes it, with N where the report states it. */
const sourceLine = (finding: SurveyFinding) =>
  `Kilde: ${formatSource(finding.source)}${finding.n === undefined ? '' : ` (N = ${finding.n})`}`;

describe('HeadlineFindings', () => {
  it('shows each figure first, with its label, context and source, in the order asked for', () => {
    // One finding that is a part of a whole, one percentage with N.
    const ids: SurveyFindingId[] = ['kommuner-i-samarbeid', 'dokumenterte-besparelser'];
    render(
      <>
        <Heading as="h2" id="funn">
          Funn
        </Heading>
        <HeadlineFindings headingId="funn" ids={ids} />
      </>,
    );
    const items = within(screen.getByRole('list', {name: 'Funn'})).getAllByRole('listitem');
    expect(items).toHaveLength(ids.length);
    ids.forEach((id, index) => {
      const finding = getFinding(id);
      const item = items[index]!;
      expect(item.firstElementChild?.textContent, id).toBe(formatSelected(finding));
      // Right after the number: the year it describes.
      expect(item.children[1]?.textContent, id).toBe('Tall fra 2018');
      expect(item, id).toHaveTextContent(finding.label);
      expect(item, id).toHaveTextContent(finding.context);
      expect(item, id).toHaveTextContent(sourceLine(finding));
    });
  });
});

describe('EntryPoints', () => {
  it('renders one heading and one link per way in', () => {
    render(
      <EntryPoints
        entries={[
          {
            title: 'Les en veileder',
            description: 'Veiledere per kategori.',
            to: '/veiledere/',
            linkText: 'Til veilederne',
            icon: 'guide',
          },
          {title: 'Ta et kurs', description: 'Kurs på nett.', to: '/kurs/', linkText: 'Til kursene', icon: 'course'},
        ]}
      />,
    );
    expect(screen.getAllByRole('heading', {level: 3}).map((h) => h.textContent)).toEqual([
      'Les en veileder',
      'Ta et kurs',
    ]);
    expect(screen.getByRole('link', {name: 'Til kursene'})).toHaveAttribute('href', '/kurs/');
    // The icons are decoration: hidden from screen readers, never focusable.
    const icons = document.querySelectorAll('h3 svg');
    expect(icons).toHaveLength(2);
    icons.forEach((icon) => expect(icon).toHaveAttribute('aria-hidden', 'true'));
  });
});
