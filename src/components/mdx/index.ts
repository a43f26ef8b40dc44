import AssessmentFlow from "../diagrams/AssessmentFlow.astro";
import IsoCycle from "../diagrams/IsoCycle.astro";
import SocTimeline from "../diagrams/SocTimeline.astro";
import EnquiryFormBlock from "../EnquiryFormBlock.astro";
import Callout from "./Callout.astro";
import Card from "./Card.astro";
import Cards from "./Cards.astro";
import FirmStanding from "./FirmStanding.astro";
import FrameworkMapTable from "./FrameworkMapTable.astro";
import GlossaryTable from "./GlossaryTable.astro";
import IsoCycleTable from "./IsoCycleTable.astro";
import IsoDaysTable from "./IsoDaysTable.astro";
import MethodFigure from "./MethodFigure.astro";
import QuestionReferences from "./QuestionReferences.astro";
import Table from "./Table.astro";
import VerificationRegister from "./VerificationRegister.astro";

/**
 * Components available in every MDX page without an import. `table` wraps Markdown tables; `MethodFigure`,
 * `IsoDaysTable` and `IsoCycleTable` show figures of the method computed from its data; `FirmStanding` the firm's
 * standing from its settings; the diagrams and the data tables (verification register, framework map, questionnaire
 * references, glossary) read their data files.
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
  FirmStanding,
  SocTimeline,
  IsoCycle,
  AssessmentFlow,
  VerificationRegister,
  FrameworkMapTable,
  QuestionReferences,
  GlossaryTable,
};
