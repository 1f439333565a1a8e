/** What a project asks the network for, in a sentence. */
import { DEFAULT_LANGUAGE, type Language } from "../../scripts/content/languages.ts";
import type { Project } from "../../scripts/content/model.ts";
import { messages } from "../i18n/index.ts";

/**
 * "Asks the network for advice and partners.", or nothing when it asks for nothing: a project
 * card or page then says nothing about asks rather than that nothing was asked.
 */
export function asksInWords(project: Pick<Project, "asks">, lang: Language = DEFAULT_LANGUAGE): string | undefined {
  const asks = project.asks ?? [];
  if (!asks.length) return undefined;
  const t = messages(lang);
  return t.project.asksFor(t.common.list(asks.map((kind) => t.project.kind[kind])));
}
