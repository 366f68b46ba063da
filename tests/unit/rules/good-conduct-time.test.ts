import { goodConductTime } from "@/rules/good-conduct-time";
import { casesGoodConductTime } from "./good-conduct-time.cases";
import { runPathCases } from "./worked-case";

runPathCases(goodConductTime, casesGoodConductTime);
