/** What a project asks the network for, in a sentence. */
import type { Project } from "../../scripts/content/model.ts";

/** "Asks the network for advice and partners." or that it asks for nothing yet. */
export function asksInWords(project: Pick<Project, "asks">): string {
  const asks = project.asks ?? [];
  if (!asks.length) return "Has not asked the network for anything yet.";
  const list = asks.length === 1 ? asks[0] : `${asks.slice(0, -1).join(", ")} and ${asks.at(-1)}`;
  return `Asks the network for ${list}.`;
}
