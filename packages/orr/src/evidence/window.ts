const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ZONES: Record<string, string> = {
  EDT: 'America/New_York',
  EST: 'America/New_York',
  ET: 'America/New_York',
  CDT: 'America/Chicago',
  CST: 'America/Chicago',
  CT: 'America/Chicago',
  MDT: 'America/Denver',
  MST: 'America/Denver',
  PDT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  UTC: 'UTC',
  GMT: 'UTC',
  BST: 'Europe/London',
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
};

export interface DeploymentWindow {
  text: string;
  days: number[];
  /** Minutes after midnight, local to the zone; the end is exclusive. */
  start: number;
  end: number;
  zone: string;
}

function minutes(hour: string, minute: string | undefined, meridiem: string | undefined): number {
  let h = Number(hour) % 12;
  if (!meridiem) h = Number(hour);
  else if (/pm/i.test(meridiem)) h += 12;
  return h * 60 + Number(minute ?? 0);
}

/**
 * Reads a window as people write it: "Tuesday/Wednesday 10 AM – 12 PM EDT",
 * "Mon-Thu 09:00-16:00 Europe/Berlin". A named zone abbreviation stands for the
 * region (EDT → America/New_York), so daylight saving is followed.
 */
export function parseWindow(text: string): DeploymentWindow {
  const expected = "expected days, hours and a time zone, e.g. 'Tuesday/Wednesday 10 AM – 12 PM EDT'";
  const t = text.trim();
  const dayPart = /^([A-Za-z]+(?:\s*[/,&-]\s*[A-Za-z]+|\s+and\s+[A-Za-z]+)*)/.exec(t)?.[1];
  const hours = /(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:–|-|—|to)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?/i.exec(t);
  const zoneText = /([A-Za-z_]+\/[A-Za-z_]+|\b[A-Z]{2,4})\s*\)?\s*$/.exec(t)?.[1];
  if (!dayPart || !hours || !zoneText) throw new Error(`window '${text}': ${expected}`);
  const tokens = dayPart.toLowerCase().split(/\s*(?:[/,&]|\band\b)\s*/);
  const days = new Set<number>();
  for (const token of tokens) {
    const range = token.split(/\s*-\s*/);
    const index = (name: string) => DAYS.findIndex((d) => name.length >= 3 && d.startsWith(name));
    if (range.length === 2) {
      const a = index(range[0] as string);
      const b = index(range[1] as string);
      if (a < 0 || b < 0) throw new Error(`window '${text}': unknown day in '${token}'; ${expected}`);
      for (let d = a; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === b) break;
      }
    } else {
      const d = index(token);
      if (d < 0) throw new Error(`window '${text}': unknown day '${token}'; ${expected}`);
      days.add(d);
    }
  }
  const endMeridiem = hours[6];
  const start = minutes(hours[1] as string, hours[2], hours[3] ?? endMeridiem);
  const end = minutes(hours[4] as string, hours[5], endMeridiem);
  const zone = ZONES[zoneText.toUpperCase()] ?? zoneText;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new Error(`window '${text}': unknown time zone '${zoneText}'; ${expected}`);
  }
  if (end <= start) throw new Error(`window '${text}': the end is not after the start; ${expected}`);
  return { text: t, days: [...days].sort(), start, end, zone };
}

export function inWindow(window: DeploymentWindow, at: Date): boolean {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: window.zone,
    weekday: 'long',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = DAYS.indexOf(get('weekday').toLowerCase());
  const minute = Number(get('hour')) * 60 + Number(get('minute'));
  return window.days.includes(day) && minute >= window.start && minute < window.end;
}
