import { earlyTermination } from "@/rules/early-termination";
import { casesEarlyTermination } from "./early-termination.cases";
import { runPathCases } from "./worked-case";

runPathCases(earlyTermination, casesEarlyTermination);
