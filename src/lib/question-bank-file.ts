// A question bank as its file holds it, for the smallest download: what the questions of a
// lesson share (section, title, the start of their links) is written once in a table of
// lessons, options are pairs of HTML, and the right options are listed by position. The
// exam page reads the file back into the bank the exam logic works on.
import type { BankQuestion, BankSection, QuestionBank } from './exam.ts';

/** A lesson that holds questions: its section (position in `sections`), its title, and what its questions' links start with. */
export interface BankFileLesson {
  section: number;
  title: string;
  href: string;
}

/** A question: its lesson (position in `lessons`), the rest of its link, its text, its options as [text, explanation], and the positions of the right ones. */
export interface BankFileQuestion {
  id: string;
  lesson: number;
  at: string;
  html: string;
  options: [html: string, explanation: string][];
  right: number[];
}

export interface QuestionBankFile {
  sections: BankSection[];
  lessons: BankFileLesson[];
  questions: BankFileQuestion[];
}

/** An option's label in the bank: its letter by position (the exam letters options as it shows them, so the lesson's own labels are not needed). */
const labelAt = (position: number) => String.fromCharCode(65 + position);

/** The longest start every link shares, cut after its last `/` so a link's path stays whole. */
function sharedStart(hrefs: readonly string[]): string {
  let shared = hrefs[0];
  for (const href of hrefs) while (!href.startsWith(shared)) shared = shared.slice(0, -1);
  return shared.slice(0, shared.lastIndexOf('/') + 1);
}

export function packQuestionBank(bank: QuestionBank): QuestionBankFile {
  const sectionAt = new Map(bank.sections.map((section, position) => [section.slug, position]));
  const lessonKey = (question: BankQuestion) => JSON.stringify([question.section, question.lesson]);
  const hrefsOfLesson = new Map<string, string[]>();
  for (const question of bank.questions) hrefsOfLesson.set(lessonKey(question), [...(hrefsOfLesson.get(lessonKey(question)) ?? []), question.href]);
  const lessonAt = new Map([...hrefsOfLesson.keys()].map((key, position) => [key, position]));
  const lessons = [...hrefsOfLesson].map(([key, hrefs]) => {
    const [section, title] = JSON.parse(key) as [string, string];
    return { section: sectionAt.get(section)!, title, href: sharedStart(hrefs) };
  });
  return {
    sections: bank.sections,
    lessons,
    questions: bank.questions.map((question) => {
      const lesson = lessonAt.get(lessonKey(question))!;
      return {
        id: question.id,
        lesson,
        at: question.href.slice(lessons[lesson].href.length),
        html: question.html,
        options: question.options.map((option) => [option.html, option.explanation]),
        right: question.options.flatMap((option, position) => (option.correct ? [position] : [])),
      };
    }),
  };
}

export function unpackQuestionBank(file: QuestionBankFile): QuestionBank {
  return {
    sections: file.sections,
    questions: file.questions.map((question) => {
      const lesson = file.lessons[question.lesson];
      return {
        id: question.id,
        section: file.sections[lesson.section].slug,
        lesson: lesson.title,
        href: lesson.href + question.at,
        html: question.html,
        options: question.options.map(([html, explanation], position) => ({ label: labelAt(position), html, correct: question.right.includes(position), explanation })),
      };
    }),
  };
}
