import React, {createContext, useContext, type ReactNode} from 'react';
import type {Props as HeadingProps} from '@theme/Heading';

type Level = HeadingProps['as'];
export type HeadingLevelMap = Partial<Record<Level, Level>>;

const LevelMap = createContext<HeadingLevelMap>({});

/**
 * Renders the theme headings inside it at other levels, e.g. {h3: 'h2'}. For
 * theme pages whose heading levels are fixed in the theme's own markup and
 * skip a level, so that a thin wrapper can correct the outline without an
 * ejected copy. Read by the wrapper in src/theme/Heading.
 */
export function HeadingLevels({map, children}: {map: HeadingLevelMap; children: ReactNode}): React.ReactElement {
  return <LevelMap.Provider value={map}>{children}</LevelMap.Provider>;
}

export function useHeadingLevel(as: Level): Level {
  return useContext(LevelMap)[as] ?? as;
}
