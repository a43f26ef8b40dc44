import EnquiryFormBlock from "../EnquiryFormBlock.astro";
import Callout from "./Callout.astro";
import Card from "./Card.astro";
import Cards from "./Cards.astro";
import IsoCycleTable from "./IsoCycleTable.astro";
import IsoDaysTable from "./IsoDaysTable.astro";
import MethodFigure from "./MethodFigure.astro";
import Table from "./Table.astro";

/**
 * Components available in every MDX page without an import. `table` wraps Markdown tables; `MethodFigure`, `IsoDaysTable` and
 * `IsoCycleTable` show figures of the method computed from its data.
 */
export const mdxComponents = {
  table: Table,
  Callout,
  Card,
  Cards,
  EnquiryFormBlock,
  MethodFigure,
  IsoDaysTable,
  IsoCycleTable,
};
