/**
 * How a quotation reached the reporter, when its own attribution clause says so ("told the Times", "in a
 * statement", "on X", "quoted by a weekly magazine"). A channel belongs to its quotation only: it is never copied
 * to a neighbour.
 */
const CHANNELS = [
  // "told the Times", "told the Group of 20 leading economies", "told RTÉ’s Morning Ireland".
  /\btold\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:\s+of\s+(?:the\s+)?[\p{L}\d-]+(?:\s+(?:\p{Lu}[\p{L}-]*|\d+|leading|major|biggest|largest|top|richest|industrialised|industrialized|developed|emerging|economies|nations|states|countries)){0,4})?/u,
  /\btold\s+(?:reporters|journalists|the press|lawmakers|parliament|senators|MPs|councillors|a news conference|a press conference|the court|the jury|the inquest|the hearing|the tribunal|the committee|the BBC|the audience|the crowd|supporters)(?:\s+in\s+\p{Lu}\p{L}+)?/u,
  /\b(?:in|during|at)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|briefing|press conference|news conference|speech|post|address|email|letter|tweet|call|hearing|podcast|broadcast|release|filing|documents?)(?:\s+(?:for|with|to|on)\s+(?:the\s+)?[\p{L}.]+)?/iu,
  /\b(?:on|via)\s+(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|LinkedIn|YouTube|television|state television|social media|radio|its website|his website|her website)\b/u,
  /\bquoted\s+by\s+(?:the\s+|an?\s+)?[\p{L}.'’ -]{2,60}?(?=\s+as\s+saying\b)/u,
  /\b(?:wrote|writing)\s+(?:in|on)\s+(?:the\s+|an?\s+|his\s+|her\s+)?\p{L}[\p{L}.'’ -]{1,40}/u,
];

/** The channel an attribution clause gives, lowercase-initial ("told the Courier"); undefined when none. */
export function findChannel(clause: string): string | undefined {
  for (const pattern of CHANNELS) {
    const match = pattern.exec(clause);
    // A sentence's full stop is not part of the channel; an acronym's last period is ("told the U.S.").
    const channel = match?.[0].replace(/(?<!\p{Lu})\.$/u, '').trim();
    if (channel) return channel.charAt(0).toLowerCase() + channel.slice(1);
  }
  return undefined;
}
