/**
 * The theme's Heading, at the level a surrounding <HeadingLevels> asks for.
 * Outside one (every page but those that set it) it renders as the original.
 */
import React from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import {useHeadingLevel} from '@site/src/components/HeadingLevels';

export default function HeadingWrapper(props: WrapperProps<typeof HeadingType>): React.ReactElement {
  return <Heading {...props} as={useHeadingLevel(props.as)} />;
}
