/**
 * Every SAX parser of the package adapter is made here, one way.
 *
 * saxes keeps each event handler in a property of the parser, added when
 * `on` is first called for that event. Parsers that listen to different
 * events, or add their listeners in another order, are then objects of
 * different shapes, and the code every parser runs (saxes's loop over each
 * character) slows down several times once it has seen more than a few
 * shapes: on the 150,000-row workbook, reading the largest sheet took about
 * three times as long, and parsing the copy's 反馈单 five times, as in a
 * process that had made one kind of parser (README › Benchmarks). A parser
 * made here has the slots of every event the adapter listens to, in one
 * order, before any listener is set, so all parsers share one shape (two:
 * with namespaces saxes adds one more property).
 */
import { SaxesParser, type SaxesOptions } from "saxes";

/** The events the adapter listens to: each parser gets a slot for every one, in this order. */
const EVENTS = ["opentag", "text", "cdata", "closetag"] as const;

/**
 * A saxes parser with every listener slot in place; set listeners with `on` as usual.
 * @example
 * const parser = saxParser({ xmlns: true });
 * parser.on("opentag", (tag) => names.push(tag.local));
 * parser.write(xml).close();
 */
export function saxParser<O extends SaxesOptions = Record<never, never>>(options?: O): SaxesParser<O> {
  const parser = new SaxesParser<O>(options);
  for (const event of EVENTS) parser.off(event);
  return parser;
}
