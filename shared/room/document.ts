/**
 * The shape of one attendee's room document. Each attendee has a document of their own on the
 * host (named from their secret key), so nobody can read or overwrite another attendee's cards,
 * names or votes, and everything that arrives on it is theirs. The host writes the published
 * room and the receipts; the attendee writes cards and votes. Whatever an attendee writes into
 * the host's maps only misleads their own page: the host never reads those maps as input.
 */
export const ROOM_MAPS = {
  /** Host → attendee: key `state` holds a PublishedRoom. */
  room: 'room',
  /** Attendee → host: submission id → CardSubmission. Deleting an entry withdraws the card. */
  cards: 'cards',
  /** Attendee → host: vote id → VoteSubmission. */
  votes: 'votes',
  /** Host → attendee: submission id → Receipt. */
  receipts: 'receipts',
} as const;

export const ROOM_STATE_KEY = 'state';

/** WebSocket close codes the room server uses. 44xx tells the y-websocket provider not to retry. */
export const ROOM_CLOSE = {
  wrongCode: { code: 4401, reason: 'Wrong or expired join code.' },
  badAttendee: { code: 4400, reason: 'This page could not identify itself. Reload it.' },
  expired: { code: 4410, reason: 'This room has closed.' },
  closed: { code: 4410, reason: 'The facilitator closed the room.' },
  tooMuchData: { code: 4413, reason: 'Too much sent to the room from this device.' },
  flood: { code: 4429, reason: 'Too many messages too quickly. Reload the page to rejoin.' },
  invalid: { code: 4400, reason: 'This page sent messages the room could not read.' },
  /** Not 44xx: the provider retries later, when someone may have left. */
  full: { code: 4503, reason: 'The room is full.' },
} as const;
