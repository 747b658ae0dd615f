import type { Child } from 'hono/jsx';
import type { Screen } from '../builds/markup.ts';
import { useSkin } from '../builds/use-skin.ts';

/** Heading levels of a screen: its main heading, its parts' headings, and below. */
export function levels(screen: Screen): { page: 1 | 2; part: 2 | 3; sub: 3 | 4 } {
  return useSkin().markup.lowered.includes(screen)
    ? { page: 2, part: 3, sub: 4 }
    : { page: 1, part: 2, sub: 3 };
}

export function Heading(p: { level: 1 | 2 | 3 | 4; id?: string | undefined; children: Child }) {
  if (p.level === 1) return <h1 id={p.id}>{p.children}</h1>;
  if (p.level === 2) return <h2 id={p.id}>{p.children}</h2>;
  if (p.level === 3) return <h3 id={p.id}>{p.children}</h3>;
  return <h4 id={p.id}>{p.children}</h4>;
}

/** A part of a page under its heading: an aria-labelled region, or a plain block. */
export function Region(p: { id: string; title: Child; level: 2 | 3; children?: Child }) {
  const { markup } = useSkin();
  if (markup.regions === 'div') {
    return (
      <div class={markup.cls('card')}>
        <Heading level={p.level}>{p.title}</Heading>
        {p.children}
      </div>
    );
  }
  const id = markup.id(p.id);
  return (
    <section class={markup.cls('card')} aria-labelledby={id}>
      <Heading level={p.level} id={id}>
        {p.title}
      </Heading>
      {p.children}
    </section>
  );
}

/** A table's header row. */
export function TableHead({ columns }: { columns: readonly Child[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th scope="col">{column}</th>
        ))}
      </tr>
    </thead>
  );
}
