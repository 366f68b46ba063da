import { section2255 } from "@/rules/2255";
import { cases2255 } from "./2255.cases";
import { checkReasonWords } from "./reason-words";
import { runRuleProperties } from "./single-rule-properties";
import { runWorkedCases } from "./worked-case";

runWorkedCases(section2255, cases2255);
checkReasonWords(section2255, cases2255);
runRuleProperties(section2255);
