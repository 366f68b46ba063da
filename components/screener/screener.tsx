"use client";
import { useActorRef, useSelector } from "@xstate/react";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { BackLink } from "@/components/ui/back-link";
import type { Facts } from "@/lib/facts/schema";
import { asOfFrom } from "@/lib/screener/as-of";
import { currentStep, routeOf, screenerMachine, type ScreenerEvent } from "@/lib/screener/machine";
import { clearStored, forgetPending, restore, saveSnapshot, type Restored } from "@/lib/screener/persist";
import { makeSay, type QuestionTexts, type UiWords } from "@/lib/screener/words";
import type { IsoDate } from "@/rules/types";
import { CheckAnswers } from "./check-answers";
import { OpenAnswersFile } from "./open-answers-file";
import type { ChecklistItem } from "./fsa-checklist";
import { QuestionPage } from "./question-page";
import type { ResultsContent } from "./results-view";

/**
 * The results code (cards, calendar files, "what would change") is not needed to ask questions: it loads
 * in its own chunk, fetched as soon as the screener is idle so that reaching results needs no request.
 */
const loadResults = () => import("./results-view");
const ResultsView = lazy(() => loadResults().then((module) => ({ default: module.ResultsView })));

export interface ScreenerProps {
  ui: UiWords;
  questions: QuestionTexts;
  results: ResultsContent;
  checklist: readonly ChecklistItem[];
}

/**
 * The guided screener at one constant URL. Each step is a history entry on that URL
 * (`history.pushState({ step })`), so the browser's back button and our Back link both send `nav.back`.
 * Nothing about the answers or the question goes into the URL; the only thing read from it is `asOf`.
 */
export function Screener(props: ScreenerProps) {
  // sessionStorage and the URL exist only in the browser: start after mounting (static export).
  const [start, setStart] = useState<(Restored & { asOf: IsoDate }) | null>(null);
  useEffect(() => {
    const asOf = asOfFrom(window.location.search);
    void restore(asOf).then((restored) => setStart({ asOf, ...restored }));
  }, []);
  if (!start) {
    return <p className="text-muted">{makeSay(props.ui, "self")("page.loading")}</p>;
  }
  return <ScreenerFlow {...props} {...start} />;
}

function ScreenerFlow({ ui, questions, results, checklist, asOf, snapshot, pending }: ScreenerProps & Restored & { asOf: IsoDate }) {
  const actor = useActorRef(screenerMachine, snapshot ? { input: { asOf }, snapshot } : { input: { asOf } });
  const state = useSelector(actor, (s) => s);
  const context = state.context;
  const view = String(state.value);
  const route = routeOf(context);
  const perspective = context.answers.perspective ?? "self";
  const say = useMemo(() => makeSay(ui, perspective), [ui, perspective]);
  const [notice, setNotice] = useState<string | undefined>();
  // Counts moves between screens; tests wait on it (`data-screen`) rather than on headings, which may repeat.
  const [moves, setMoves] = useState(0);

  // Where this tab's history is: the `step` of the entry on screen.
  const position = useRef(0);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    idle(() => void loadResults());
  }, []);

  // Persist every change to this tab's sessionStorage.
  useEffect(() => {
    const subscription = actor.subscribe(() => saveSnapshot(actor.getPersistedSnapshot()));
    return () => subscription.unsubscribe();
  }, [actor]);

  // The browser's back and forward buttons drive the machine.
  useEffect(() => {
    const step = (window.history.state as { step?: unknown } | null)?.step;
    if (typeof step === "number") position.current = step;
    else window.history.replaceState({ step: 0 }, "");
    const onPopState = (event: PopStateEvent) => {
      const step = (event.state as { step?: unknown } | null)?.step;
      if (typeof step !== "number") {
        // A same-page link (the skip link's #main) adds an entry with no step: it stays on this screen.
        window.history.replaceState({ step: position.current }, "");
        return;
      }
      const next = step;
      const delta = next - position.current;
      position.current = next;
      for (let i = 0; i < Math.abs(delta); i++) actor.send({ type: delta < 0 ? "nav.back" : "nav.forward" });
      setMoves((n) => n + 1);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [actor]);

  // A file opened on the start page arrives once, through sessionStorage, already checked.
  useEffect(() => {
    if (pending) actor.send({ type: "answers.load", facts: pending });
    forgetPending();
  }, [actor, pending]);

  /** Send an event that moves forward; a new history entry when the screen changed. */
  const go = useCallback(
    (event: ScreenerEvent) => {
      const before = actor.getSnapshot();
      actor.send(event);
      const after = actor.getSnapshot();
      if (after.value !== before.value || after.context.cursor !== before.context.cursor) {
        position.current += 1;
        window.history.pushState({ step: position.current }, "");
        setMoves((n) => n + 1);
      }
    },
    [actor],
  );

  // On every new screen: focus its <h1> (the SPA equivalent of a page load), except on the first one.
  const screenKey = `${view}:${context.cursor}:${currentStep(context)?.page ?? ""}`;
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    document.querySelector<HTMLElement>("main h1")?.focus();
    window.scrollTo(0, 0);
  }, [screenKey]);

  const back = () => window.history.back();
  const restart = () => {
    clearStored();
    setNotice(undefined);
    go({ type: "restart" });
  };
  const open = (facts: Facts) => {
    go({ type: "answers.load", facts });
    setNotice(say("file.opened"));
    // The notice is announced by its role="status"; focus goes to the page heading as on any new screen.
    requestAnimationFrame(() => document.querySelector<HTMLElement>("main h1")?.focus());
  };

  if (view === "results") {
    return (
      <div key={screenKey} data-screen={moves}>
        <BackLink label={say("nav.back")} onBack={back} />
        <Suspense fallback={<p className="text-muted">{say("page.loading")}</p>}>
          <ResultsView facts={route.kept} asOf={asOf} content={results} say={say} onChangeAnswers={back} />
        </Suspense>
      </div>
    );
  }
  if (view === "review") {
    return (
      <div key={screenKey} data-screen={moves}>
        <BackLink label={say("nav.back")} onBack={back} />
        <CheckAnswers
          route={route}
          asOf={asOf}
          perspective={perspective}
          questions={questions}
          say={say}
          notice={notice}
          onChange={(fact) => {
            setNotice(undefined);
            go({ type: "answer.change", fact });
          }}
          onConfirm={() => go({ type: "answers.confirm" })}
          onResume={() => go({ type: "answers.resume" })}
          onOpen={open}
          onRestart={restart}
        />
      </div>
    );
  }
  const step = currentStep(context);
  if (!step) return null;
  return (
    <div key={screenKey} data-screen={moves}>
      {context.cursor === 0 && context.changeFrom === null ? <BackLink label={say("nav.back")} href="/" /> : <BackLink label={say("nav.back")} onBack={back} />}
      <QuestionPage
        step={step}
        answers={context.answers}
        stash={context.stash}
        asOf={asOf}
        perspective={perspective}
        questions={questions}
        say={say}
        checklist={checklist}
        onSubmit={(facts) => {
          setNotice(undefined);
          go({ type: "answer.submit", values: facts });
        }}
      />
      {context.cursor === 0 && Object.keys(context.answers).length === 0 ? (
        // Someone who comes straight here with a saved file can open it without going back to the start page.
        <section className="mt-12 border-t border-[#b1b4b6] pt-6">
          <OpenAnswersFile say={say} asOf={asOf} onOpen={open} />
        </section>
      ) : null}
    </div>
  );
}
