import { coramNobis } from "@/rules/coram-nobis";
import { casesCoramNobis } from "./coram-nobis.cases";
import { checkReasonWords } from "./reason-words";
import { runRuleProperties } from "./single-rule-properties";
import { runWorkedCases } from "./worked-case";

runWorkedCases(coramNobis, casesCoramNobis);
checkReasonWords(coramNobis, casesCoramNobis);
runRuleProperties(coramNobis);
