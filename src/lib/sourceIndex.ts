/** Groups findings by where they stand in the report, in the report's order. */
import {FIGURE_TITLES, type SurveyFinding} from '../data/survey';
import {slugify} from './text';

export type SourceGroup = {key: string; heading: string; findings: SurveyFinding[]};

export function groupBySource(findings: readonly SurveyFinding[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const finding of findings) {
    const {figure, section} = finding.source;
    const key = figure === undefined ? `avsnitt-${section}` : `figur-${figure}`;
    const heading =
      figure === undefined ? `Avsnittet «${section}»` : `Figur ${figure}: ${FIGURE_TITLES[figure] ?? section}`;
    if (!groups.has(key)) groups.set(key, {key, heading, findings: []});
    groups.get(key)!.findings.push(finding);
  }
  // Sections without a figure come first, in the order the data lists them; figures follow by number.
  return [...groups.values()].sort((a, b) => figureNumber(a) - figureNumber(b));
}

function figureNumber(group: SourceGroup): number {
  return group.findings[0]?.source.figure ?? 0;
}

/** A DOM id from a group key. */
export function anchorFor(key: string): string {
  return slugify(key);
}
