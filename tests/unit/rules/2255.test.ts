import { section2255 } from "@/rules/2255";
import { cases2255 } from "./2255.cases";
import { runPathCases } from "./worked-case";

runPathCases(section2255, cases2255);
