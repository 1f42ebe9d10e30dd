// The question bank read back from lesson pages rendered by the real pipeline, in .md and .mdx.
import { describe, expect, it } from 'vitest';
import { renderLesson } from '../markdown/test-render.ts';
import { questionBank, questionsOfPage } from './question-bank.ts';

const QUESTIONS = `## Question 1:

Which command lists running containers? Use \`docker\`:

\`\`\`sh
docker ps
\`\`\`

- A) \`docker ps\`
  - Correct: it lists **running** containers.
- B) \`docker images\`
  - Incorrect: it lists images.

## Question 2:

Which TWO are storage services?

- A) Amazon S3
  - Correct: object storage.
- B) AWS Lambda
  - Incorrect: Lambda runs functions.
- C) Amazon EBS
  - Correct: block storage.

  More about [EBS](https://aws.amazon.com/ebs/).
`;

const at = { section: 'storage', lesson: 'Storage quiz', href: '/curso/en/storage/quiz/2/' };

describe.each(['md', 'mdx'] as const)('questions of a page rendered from .%s', (format) => {
  it('reads each question with its text, options, verdicts and explanations, as HTML without ids', async () => {
    const { html } = await renderLesson(QUESTIONS, { format });
    const [first, second] = questionsOfPage({ ...at, html });
    expect(first.id).toMatch(/^[\w-]{12}$/);
    expect(first).toMatchObject({ section: 'storage', lesson: 'Storage quiz', href: `/curso/en/storage/quiz/2/#question-${first.id}` });
    expect(first.html).toContain('<p>Which command lists running containers? Use <code>docker</code>:</p>');
    expect(first.html).toContain('docker ps');
    expect(first.options).toEqual([
      { label: 'A', html: '<code>docker ps</code>', correct: true, explanation: '<p>it lists <strong>running</strong> containers.</p>' },
      { label: 'B', html: '<code>docker images</code>', correct: false, explanation: '<p>it lists images.</p>' },
    ]);
    expect(second.html).toBe('<p>Which TWO are storage services?</p>');
    expect(second.options.map((option) => [option.label, option.correct])).toEqual([
      ['A', true],
      ['B', false],
      ['C', true],
    ]);
    // What an option holds besides its text and its verdict stays with the option.
    expect(second.options[2].html).toContain('<a href="https://aws.amazon.com/ebs/"');
    expect(second.options[2].explanation).toBe('<p>block storage.</p>');
    expect(JSON.stringify([first, second])).not.toMatch(/\sid=/);
  });
});

describe('questionBank', () => {
  it('keeps the course order, a question written twice once, and only the sections that hold questions', async () => {
    const { html } = await renderLesson(QUESTIONS);
    const bank = questionBank(
      [
        { slug: 'intro', title: 'Introduction' },
        { slug: 'storage', title: 'Storage' },
      ],
      [
        { ...at, html },
        { ...at, lesson: 'Review', href: '/curso/en/storage/review/', html },
      ],
    );
    expect(bank.sections).toEqual([{ slug: 'storage', title: 'Storage' }]);
    expect(bank.questions.map((question) => [question.lesson, question.html.slice(0, 20)])).toEqual([
      ['Storage quiz', '<p>Which command lis'],
      ['Storage quiz', '<p>Which TWO are sto'],
    ]);
  });

  it('is empty for pages without questions', () => {
    expect(questionBank([{ slug: 'intro', title: 'Introduction' }], [{ ...at, html: '<main><p>No questions here.</p></main>' }])).toEqual({ sections: [], questions: [] });
  });
});
