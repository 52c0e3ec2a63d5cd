// `#/help/<topic>`: one topic of the guide, rendered from its data.
import { NotFound } from '../../app/NotFound';
import { usePageTitle } from '../../lib/usePageTitle';
import { findTopic } from './content';
import { neighbours } from './guidePages';
import { BackToGuide, HelpPagination } from './HelpNav';
import { HelpBlockView, HelpInline } from './HelpText';

export function HelpTopicPage({ slug }: { slug: string }) {
  const topic = findTopic(slug);
  usePageTitle(topic ? `${topic.title} – User guide` : 'Page not found');
  if (!topic) return <NotFound />;
  return (
    <div className="app-help">
      <BackToGuide />
      <span className="nhsuk-caption-l">User guide</span>
      <h1 className="nhsuk-heading-l">{topic.title}</h1>
      {topic.intro && (
        <p className="nhsuk-lede-text">
          <HelpInline text={topic.intro} />
        </p>
      )}
      {topic.sections.map((section) => (
        <section key={section.heading}>
          <h2 className="nhsuk-heading-m">{section.heading}</h2>
          {section.blocks.map((block, i) => (
            <HelpBlockView key={i} block={block} />
          ))}
        </section>
      ))}
      <HelpPagination {...neighbours(`~/help/${topic.slug}`)} />
    </div>
  );
}
