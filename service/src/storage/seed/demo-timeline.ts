// When each thing in the demo's past happened: citizens write at any hour (mostly office hours), staff act in office
// hours (urgent cases excepted), every delay drawn from a seeded generator so the same start gives the same history.
import {
  addDays,
  isWorkingDay,
  localDateOf,
  localMinutesOf,
  THAI_UTC_OFFSET_MINUTES,
  type WorkingCalendar,
} from '../../domain/working-days.js';
import type { DemoStep, DemoStory } from './demo-history.data.js';

/** A deterministic generator in [0, 1) (mulberry32): the history must be the same on every first start. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hours after the step before, when a step does not say: a working rhythm, not a deadline. */
const USUAL_HOURS: Record<DemoStep['act'], number> = {
  route: 3,
  acknowledge: 6,
  progress: 50,
  resolve: 60,
  refer: 24,
  reject: 4,
  close: 24 * 8,
  answer: 0.5,
  feedback: 36,
  message: 20,
  info: 20,
  urgent: 1,
  approve: 2,
  refuse: 2,
  support: 10,
  flag: 8,
};

/** What the citizen (or the public) does; everything else is staff work. */
const CITIZEN_ACTS = new Set<DemoStep['act']>(['feedback', 'message', 'support', 'flag']);

const HOUR = 3600_000;
const MINUTE = 60_000;
const OFFICE_OPENS = 8 * 60 + 30;
const OFFICE_CLOSES = 16 * 60 + 30;

/** One thing to do at one instant: the story's post (`step` -1), one of its steps, or one of a step's several people. */
export interface PlannedEvent {
  at: Date;
  story: number;
  step: number;
  /** Which supporter or reporter of a `support`/`flag` step; which half of an `info` exchange (0 ask, 1 reply). */
  part: number;
}

interface Clock {
  calendar: WorkingCalendar;
  now: Date;
  random: () => number;
}

function localMidnight(date: string, calendar: WorkingCalendar): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - calendar.utcOffsetMinutes * MINUTE);
}

/** The instant itself when the office is open, else a little after the next opening. */
function officeHours(at: Date, { calendar, random }: Clock): Date {
  const date = localDateOf(at, calendar);
  const minutes = localMinutesOf(at, calendar);
  if (isWorkingDay(date, calendar) && minutes >= OFFICE_OPENS && minutes < OFFICE_CLOSES) return at;
  let day = isWorkingDay(date, calendar) && minutes < OFFICE_OPENS ? date : addDays(date, 1);
  for (let i = 0; i < 30 && !isWorkingDay(day, calendar); i++) day = addDays(day, 1);
  return new Date(localMidnight(day, calendar).getTime() + (OFFICE_OPENS + Math.floor(random() * 150)) * MINUTE);
}

/** People write in the evening and on weekends too, but rarely between midnight and six. */
function wakingHours(at: Date, { calendar }: Clock): Date {
  const minutes = localMinutesOf(at, calendar);
  return minutes < 6 * 60 ? new Date(at.getTime() + (6 * 60 - minutes + 20) * MINUTE) : at;
}

/** When the citizen wrote, `daysAgo` days before now: office hours three times in four, otherwise evenings and weekends. */
function postedAt(story: DemoStory, clock: Clock): Date {
  const { calendar, now, random } = clock;
  let day = addDays(localDateOf(now, calendar), -story.daysAgo);
  const typedByStaff = story.channel !== undefined && story.channel !== 'web' && story.channel !== 'qr';
  const office = typedByStaff || random() < 0.75;
  if (office) for (let i = 0; i < 10 && !isWorkingDay(day, calendar); i++) day = addDays(day, -1);
  const minutes = office ? 8 * 60 + Math.floor(random() * 9 * 60) : 17 * 60 + Math.floor(random() * 5 * 60);
  const at = new Date(localMidnight(day, calendar).getTime() + minutes * MINUTE);
  // A post of today that would lie ahead of now was written a little while ago instead.
  const latest = now.getTime() - 20 * MINUTE;
  return at.getTime() <= latest ? at : new Date(latest - Math.floor(random() * 240) * MINUTE);
}

/**
 * Every event of every story, in the order they happened. A step that would fall after `now` has not happened yet,
 * and neither has anything after it in its story: a recent case stops where the clock does.
 */
export function planEvents(stories: readonly DemoStory[], clock: Clock): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  const horizon = clock.now.getTime() - 2 * MINUTE;
  stories.forEach((story, index) => {
    let previous = postedAt(story, clock);
    events.push({ at: previous, story: index, step: -1, part: 0 });
    for (const [stepIndex, step] of story.steps.entries()) {
      const hours = (step.in ?? USUAL_HOURS[step.act]) * (0.6 + clock.random() * 0.8);
      const due = new Date(previous.getTime() + Math.max(hours * HOUR, 5 * MINUTE));
      const citizen = CITIZEN_ACTS.has(step.act);
      const at = citizen ? wakingHours(due, clock) : story.anyHour ? due : officeHours(due, clock);
      if (step.act === 'support' || step.act === 'flag') {
        // Several people, spread over the following days; the case's own work does not wait for them.
        let next = at;
        const gapHours = step.act === 'support' ? 30 : 3;
        for (let part = 0; part < step.count; part++) {
          if (part > 0) next = wakingHours(new Date(next.getTime() + (0.5 + clock.random() * gapHours) * HOUR), clock);
          if (next.getTime() <= horizon) events.push({ at: next, story: index, step: stepIndex, part });
        }
        continue;
      }
      if (at.getTime() > horizon) return;
      events.push({ at, story: index, step: stepIndex, part: 0 });
      if (step.act === 'info') {
        const reply = officeHours(new Date(at.getTime() + (1 + clock.random() * 4) * HOUR), clock);
        if (reply.getTime() > horizon) return;
        events.push({ at: reply, story: index, step: stepIndex, part: 1 });
        previous = reply;
        continue;
      }
      previous = at;
    }
  });
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.story - b.story || a.step - b.step || a.part - b.part);
}

/** The first day of the history: three days before the oldest story, at 07:00 in Bangkok. */
export function historyStart(stories: readonly DemoStory[], now: Date): Date {
  const bangkok = { utcOffsetMinutes: THAI_UTC_OFFSET_MINUTES, holidays: new Set<string>() };
  const oldest = Math.max(...stories.map((s) => s.daysAgo)) + 3;
  const day = addDays(localDateOf(now, bangkok), -oldest);
  return new Date(localMidnight(day, bangkok).getTime() + 7 * HOUR);
}
