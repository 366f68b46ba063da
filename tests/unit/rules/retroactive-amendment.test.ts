import { retroactiveAmendment } from "@/rules/retroactive-amendment";
import { casesRetroactiveAmendment } from "./retroactive-amendment.cases";
import { runRuleProperties } from "./single-rule-properties";
import { runWorkedCases } from "./worked-case";

runWorkedCases(retroactiveAmendment, casesRetroactiveAmendment);
runRuleProperties(retroactiveAmendment);
