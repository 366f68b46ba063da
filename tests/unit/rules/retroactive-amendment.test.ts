import { retroactiveAmendment } from "@/rules/retroactive-amendment";
import { casesRetroactiveAmendment } from "./retroactive-amendment.cases";
import { runPathCases } from "./worked-case";

runPathCases(retroactiveAmendment, casesRetroactiveAmendment);
