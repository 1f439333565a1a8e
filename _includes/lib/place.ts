import { DEFAULT_LANGUAGE, type Language } from "../../scripts/content/languages.ts";
import { messages } from "../i18n/index.ts";

/**
 * Where a meeting is, in words, the one way every page (and calendar) writes it: the venue, then
 * the town ("Cathays Park, Cardiff"), or the town alone when there is no venue.
 */

export interface Place {
  /** The building or room, when known. */
  venue?: string | undefined;
  /** The town or city. */
  location: string;
}

/**
 * "Cathays Park, Cardiff"; without a venue, "Cardiff", or, for a meeting still to come whose venue
 * is not yet known (`toBeConfirmed`), "Cardiff (venue to be confirmed)".
 */
export function placeInWords(place: Place, options: { toBeConfirmed?: boolean; lang?: Language } = {}): string {
  if (place.venue) return `${place.venue}, ${place.location}`;
  const t = messages(options.lang ?? DEFAULT_LANGUAGE);
  return options.toBeConfirmed ? t.place.toBeConfirmed(place.location) : place.location;
}
