/** What a project asks the network for, in a sentence. */
import type { Project } from "../../scripts/content/model.ts";

/**
 * "Asks the network for advice and partners.", or nothing when it asks for nothing: a project
 * card or page then says nothing about asks rather than that nothing was asked.
 */
export function asksInWords(project: Pick<Project, "asks">): string | undefined {
  const asks = project.asks ?? [];
  if (!asks.length) return undefined;
  const list = asks.length === 1 ? asks[0] : `${asks.slice(0, -1).join(", ")} and ${asks.at(-1)}`;
  return `Asks the network for ${list}.`;
}
