import { earlyTermination } from "@/rules/early-termination";
import { casesEarlyTermination } from "./early-termination.cases";
import { checkReasonWords } from "./reason-words";
import { runRuleProperties } from "./single-rule-properties";
import { runWorkedCases } from "./worked-case";

runWorkedCases(earlyTermination, casesEarlyTermination);
checkReasonWords(earlyTermination, casesEarlyTermination);
runRuleProperties(earlyTermination);
