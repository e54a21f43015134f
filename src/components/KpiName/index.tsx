import React from 'react';
import Link from '@docusaurus/Link';
import {getKpi} from '@site/src/data/kpis';
import {kpiHref} from '@site/src/lib/kpiView';

/** A KPI's name in running text, linking to its definition, so prose never renames or redefines it. */
export default function KpiName({id}: {id: string}): React.ReactElement {
  return <Link to={kpiHref(id)}>{getKpi(id).name.toLocaleLowerCase('nb-NO')}</Link>;
}
