import { judicialExpungement } from "@/rules/judicial-expungement";
import { casesJudicialExpungement } from "./judicial-expungement.cases";
import { checkReasonWords } from "./reason-words";
import { runRuleProperties } from "./single-rule-properties";
import { runWorkedCases } from "./worked-case";

runWorkedCases(judicialExpungement, casesJudicialExpungement);
checkReasonWords(judicialExpungement, casesJudicialExpungement);
runRuleProperties(judicialExpungement);
