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
import MethodFigure from "./MethodFigure.astro";
import QuestionReferences from "./QuestionReferences.astro";
import Table from "./Table.astro";
import VerificationRegister from "./VerificationRegister.astro";

/**
 * Components available in every MDX page without an import. `table` wraps Markdown tables; `MethodFigure` shows a
 * figure of the method from its data; `FirmStanding` the firm's standing from its settings; the diagrams and the
 * data tables (verification register, framework map, questionnaire references, glossary) read their data files.
 */
export const mdxComponents = {
  table: Table,
  Callout,
  Card,
  Cards,
  EnquiryFormBlock,
  MethodFigure,
  FirmStanding,
  SocTimeline,
  IsoCycle,
  AssessmentFlow,
  VerificationRegister,
  FrameworkMapTable,
  QuestionReferences,
  GlossaryTable,
};
