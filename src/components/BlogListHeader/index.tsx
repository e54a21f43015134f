import React, {createContext, useContext, type ReactNode} from 'react';
import Heading from '@theme/Heading';

type ListTitle = {title: string; description: string};

const ListTitleContext = createContext<ListTitle | null>(null);

/** Marks the news list, whose title and description <BlogListHeader> shows. */
export function BlogListTitle({title, description, children}: ListTitle & {children: ReactNode}): React.ReactElement {
  return <ListTitleContext.Provider value={{title, description}}>{children}</ListTitleContext.Provider>;
}

/**
 * The news list's <h1> and description, inside the blog layout's <main>. The
 * theme's list has no page heading, which leaves screen-reader users without
 * one. Renders nothing outside <BlogListTitle>: posts, tag and author pages
 * share the layout and have their own h1.
 */
export default function BlogListHeader(): React.ReactElement | null {
  const list = useContext(ListTitleContext);
  if (!list) return null;
  return (
    <header className="margin-bottom--lg">
      <Heading as="h1">{list.title}</Heading>
      <p>{list.description}</p>
    </header>
  );
}
