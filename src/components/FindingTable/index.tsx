import React from 'react';
import {GROUP_LABELS, type SurveyFinding} from '@site/src/data/survey';
import {groupsOf, tableRows} from '@site/src/lib/surveyView';
import styles from './styles.module.css';

/** A finding's values as a table: categories in rows, respondent groups in columns. */
export default function FindingTable({
  finding,
  caption,
}: {
  finding: SurveyFinding;
  caption?: React.ReactNode;
}): React.ReactElement {
  const groups = groupsOf(finding);
  return (
    <div className={styles.wrapper}>
      <table className={styles.table}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{finding.categories ? 'Svar' : 'Funn'}</th>
            {groups.map((group) => (
              <th key={group} scope="col">
                {GROUP_LABELS[group]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tableRows(finding).map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell) => (
                <td key={cell.group}>{cell.text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
