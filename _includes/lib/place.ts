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
export function placeInWords(place: Place, options: { toBeConfirmed?: boolean } = {}): string {
  if (place.venue) return `${place.venue}, ${place.location}`;
  return options.toBeConfirmed ? `${place.location} (venue to be confirmed)` : place.location;
}
