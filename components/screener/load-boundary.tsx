"use client";
import { Component, type ReactNode } from "react";

/**
 * Catches code or words that could not load (a connection that dropped before the service worker had them:
 * the screener's own code, or the results step's) and shows `fallback` instead of a blank page. The answers
 * stay in the tab.
 */
export class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
