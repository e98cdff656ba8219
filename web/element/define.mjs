// Registration of <article-analyzer>, behind ArticleAnalyzerElement.define().

/** The tag the element is registered under when define() is given none. */
export const DEFAULT_TAG = 'article-analyzer';

/** Constructors already registered under some tag. */
const registered = new WeakSet();

/** Registers `constructor` under `tag` (once per tag) and returns the constructor behind the tag. */
export function defineElement(constructor, tag = DEFAULT_TAG) {
  const existing = customElements.get(tag);
  if (existing) return existing;
  // A constructor can back one tag name only; further names get a subclass.
  const defined = registered.has(constructor) ? class extends constructor {} : constructor;
  customElements.define(tag, defined);
  registered.add(constructor);
  return defined;
}
