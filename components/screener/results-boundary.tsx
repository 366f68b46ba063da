"use client";
import { Component, type ReactNode } from "react";

/**
 * Catches a results step that could not load (its code or its words: a dropped connection before the
 * service worker had them) and shows `fallback` instead of a blank page. The answers stay in the tab.
 */
export class ResultsBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
