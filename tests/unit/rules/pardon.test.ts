import { pardon } from "@/rules/pardon";
import { casesPardon } from "./pardon.cases";
import { runRuleProperties } from "./single-rule-properties";
import { runWorkedCases } from "./worked-case";

runWorkedCases(pardon, casesPardon);
runRuleProperties(pardon);
