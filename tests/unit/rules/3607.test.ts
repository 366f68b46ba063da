import { section3607 } from "@/rules/3607";
import { cases3607 } from "./3607.cases";
import { runPathCases } from "./worked-case";

runPathCases(section3607, cases3607);
