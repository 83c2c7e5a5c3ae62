/**
 * How long analysis work reports on itself: `begin` names each part, `step` counts a unit of it (a
 * session explored, a simulated shopper, a graph node). The CLI shows progress and enforces its
 * time limit here; `step` may throw to stop the work.
 */
export interface Progress {
  begin(task: string): void;
  step(): void;
}
