// Quiz questions written as Markdown lists, recognized by the lesson pipeline in .md and
// .mdx, in English and Spanish, and the near misses that stay ordinary text.
import { describe, expect, it } from 'vitest';
import { renderLesson } from './test-render.ts';

const QUESTION = `## Question 1:

Which service runs containers without managing servers?

- A) Amazon EC2

  - Incorrect: you manage the instances.

- B) AWS Fargate

  - Correct: serverless containers.
`;

const formats = ['md', 'mdx'] as const;

describe.each(formats)('a question in .%s', (format) => {
  it('becomes the question, its options and a disclosure with the answer and every explanation', async () => {
    const { html, analysis } = await renderLesson(QUESTION, { format });
    expect(analysis.questions).toEqual([{ id: expect.stringMatching(/^[\w-]{12}$/), page: 1, title: 'Question 1:', answer: ['B'] }]);
    expect(html).toMatch(/^<section class="quiz-question" id="question-[\w-]{12}" data-quiz-question="[\w-]{12}">/);
    expect(html).toContain('<p>Which service runs containers without managing servers?</p>');
    expect(html).toContain(
      '<ul class="quiz-options"><li class="quiz-option" data-option="A"><span class="quiz-option-label">A)</span> <span class="quiz-option-text">Amazon EC2</span></li>',
    );
    expect(html).toMatch(/<details class="quiz-answer" data-pagefind-ignore="all"><summary>Show the answer<\/summary><p class="quiz-key"><strong>Answer: B<\/strong><\/p>/);
    expect(html).toContain('data-option="A" data-verdict="incorrect"><p class="quiz-verdict"><span class="quiz-verdict-icon" aria-hidden="true">✗</span> <strong>A) Incorrect</strong></p><p>you manage the instances.</p>');
    expect(html).toContain('data-option="B" data-verdict="correct"><p class="quiz-verdict"><span class="quiz-verdict-icon" aria-hidden="true">✓</span> <strong>B) Correct</strong></p><p>serverless containers.</p>');
    expect(analysis.quizNearMisses).toEqual([]);
  });

  it('shows no answer before the disclosure', async () => {
    const { html } = await renderLesson(QUESTION, { format });
    const beforeDisclosure = html.slice(0, html.indexOf('<details'));
    expect(beforeDisclosure).not.toMatch(/Correct|Incorrect|serverless containers|you manage/);
  });
});

describe('what a question may look like', () => {
  it('options without blank lines between them, labels as `b.` or `a)`', async () => {
    const { analysis } = await renderLesson('### Q\n\nText?\n\n- a) one\n  - Incorrect: no.\n- b. two\n  - Correct: yes.\n');
    expect(analysis.questions.map((question) => question.answer)).toEqual([['b']]);
  });

  it.each([
    ['Correcto', 'Incorrecto'],
    ['Correcta', 'Incorrecta'],
    ['CORRECT', 'incorrect'],
  ])('Spanish and any-case keywords: %s / %s', async (right, wrong) => {
    const { html, analysis } = await renderLesson(`## Pregunta\n\n- A) uno\n  - ${wrong}: no.\n- B) dos\n  - ${right}: sí.\n`, { lang: 'es' });
    expect(analysis.questions[0].answer).toEqual(['B']);
    expect(html).toContain('<summary>Ver la respuesta</summary>');
    expect(html).toContain('<strong>Respuesta: B</strong>');
    expect(html).toContain('<strong>B) Correcta</strong>');
  });

  it('a question with no text between heading and options', async () => {
    const { analysis } = await renderLesson('## Which one is serverless?\n\n- A) EC2\n  - Incorrect: no.\n- B) Fargate\n  - Correct: yes.\n');
    expect(analysis.questions).toHaveLength(1);
  });

  it.each(formats)('one question per page, the marker indented under the last option (%s)', async (format) => {
    const source = [1, 2, 3]
      .map((n) => `## Question ${n}:\n\nText ${n}?\n\n- A) yes\n\n  - Correct: yes.\n\n- B) no\n\n  - Incorrect: no.\n  <!-- pagebreak -->\n`)
      .join('\n');
    const { pages, analysis } = await renderLesson(source, { format });
    expect(pages).toHaveLength(3);
    expect(analysis.questions.map((question) => [question.title, question.page])).toEqual([
      ['Question 1:', 1],
      ['Question 2:', 2],
      ['Question 3:', 3],
    ]);
    for (const page of pages) expect(page.match(/class="quiz-question"/g)).toHaveLength(1);
  });

  it('several questions on one page', async () => {
    const { pages, analysis } = await renderLesson(`${QUESTION}\n${QUESTION.replace('Question 1', 'Question 2')}`);
    expect(pages).toHaveLength(1);
    expect(analysis.questions.map((question) => question.title)).toEqual(['Question 1:', 'Question 2:']);
  });

  it('two or more correct options make a multiple-answer question', async () => {
    const { html, analysis } = await renderLesson('## Pick two\n\n- A) one\n  - Correct: yes.\n- B) two\n  - Incorrect: no.\n- C) three\n  - Correct: yes.\n');
    expect(analysis.questions[0].answer).toEqual(['A', 'C']);
    expect(html).toContain('data-quiz-multiple=""');
    expect(html).toContain('<p class="quiz-choose">Choose 2</p>');
    expect(html).toContain('<strong>Answers: A, C</strong>');
  });
});

describe('identity of a question', () => {
  const idOf = async (source: string) => (await renderLesson(source)).analysis.questions.map((question) => question.id);

  it('stays when the question moves and changes when its words change', async () => {
    const [id] = await idOf(QUESTION);
    expect(await idOf(`Intro.\n\n<!-- pagebreak -->\n\n${QUESTION}`)).toEqual([id]);
    expect(await idOf(QUESTION.replace('Amazon EC2', 'Amazon EC2 instances'))).not.toEqual([id]);
  });
});

describe('near misses', () => {
  it.each(formats)('a question with no correct option stays a list and is reported with its line (%s)', async (format) => {
    const { html, analysis } = await renderLesson('## Q\n\nText?\n\n- A) one\n  - Incorrect: no.\n- B) two\n  - Incorrect: no.\n', { format });
    expect(analysis.questions).toEqual([]);
    expect(html).not.toContain('quiz-question');
    expect(html).toContain('<li>');
    expect(analysis.quizNearMisses).toEqual([
      { message: 'this looks like a quiz question, but none of its options is marked `Correct:`', fix: expect.stringContaining('Correct:'), line: 5, column: 1 },
    ]);
  });

  it.each(formats)('an option without its explanation is reported (%s)', async (format) => {
    const { analysis } = await renderLesson('## Q\n\n- A) one\n- B) two\n  - Correct: yes.\n', { format });
    expect(analysis.questions).toEqual([]);
    expect(analysis.quizNearMisses.map((miss) => [miss.message, miss.line])).toEqual([
      ['this looks like a quiz question, but option A) has no `Correct:` or `Incorrect:` explanation of its own', 3],
    ]);
  });

  it('an ordinary list after a heading is neither a question nor a near miss', async () => {
    const { analysis } = await renderLesson('## Steps\n\n- open the console\n- create a cluster\n');
    expect(analysis.questions).toEqual([]);
    expect(analysis.quizNearMisses).toEqual([]);
  });
});
