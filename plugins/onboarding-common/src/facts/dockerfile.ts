import { textLines } from './lines';

/** Instructions whose arguments may open heredocs (`RUN <<EOF`), whose bodies are not instructions. */
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);

/** A heredoc delimiter: a word (`EOF`, `END_OF_SCRIPT`). */
const DELIMITER = /^[A-Za-z0-9_]+$/;

/** The delimiters of the heredocs an instruction opens, in order (`<<EOF`, `<<-"EOF"`). */
function heredocDelimiters(keyword: string, words: string[]): string[] {
  if (!HEREDOC_INSTRUCTIONS.has(keyword)) return [];
  const delimiters: string[] = [];
  for (const word of words) {
    if (!word.startsWith('<<')) continue;
    let delimiter = word.slice(word[2] === '-' ? 3 : 2);
    const quote = delimiter[0];
    if ((quote === '"' || quote === "'") && delimiter.endsWith(quote))
      delimiter = delimiter.slice(1, -1);
    // `<<<` (a shell here-string) and `<<$X` open nothing to skip.
    if (DELIMITER.test(delimiter)) delimiters.push(delimiter);
  }
  return delimiters;
}

/**
 * The user the final stage of a Dockerfile runs as: the last `USER` of the last stage,
 * or of the earlier stage it is built `FROM`. Undefined when no stage in that line sets
 * one (the base image's user applies, root unless the image says otherwise).
 *
 * Read line by line, in time linear in the text whatever it holds (no backtracking
 * regular expression): continuation lines join their instruction, comments and blank
 * lines go, heredoc bodies (`RUN <<EOF … EOF`) are skipped.
 */
export function finalUser(dockerfile: string): string | undefined {
  /** The user each earlier named stage ended with, for a stage built `FROM` it. */
  const ended = new Map<string, string | undefined>();
  let stage: { name?: string; user?: string } | undefined;
  const heredocs: string[] = [];

  const apply = (instruction: string) => {
    const [first = '', ...args] = instruction.split(/\s+/).filter(Boolean);
    const keyword = first.toUpperCase();
    const words = args.filter(a => !a.startsWith('--'));
    if (keyword === 'FROM') {
      if (stage?.name !== undefined && !ended.has(stage.name))
        ended.set(stage.name, stage.user);
      const as = words.findIndex(w => w.toLowerCase() === 'as');
      stage = {
        name: as >= 0 ? words[as + 1]?.toLowerCase() : undefined,
        user: words[0] ? ended.get(words[0].toLowerCase()) : undefined,
      };
    } else if (keyword === 'USER' && stage && words[0]) {
      stage.user = words[0];
    }
    for (const delimiter of heredocDelimiters(keyword, args))
      heredocs.push(delimiter);
  };

  let pending = '';
  for (const line of textLines(dockerfile)) {
    if (heredocs.length > 0) {
      // A `<<-` heredoc may indent its delimiter with tabs: trimming accepts both forms.
      if (line.trim() === heredocs[0]) heredocs.shift();
      continue;
    }
    const content = line.trim();
    if (content === '' || content.startsWith('#')) continue;
    if (content.endsWith('\\')) {
      pending += `${content.slice(0, -1)} `;
      continue;
    }
    apply(pending + content);
    pending = '';
  }
  if (pending) apply(pending);
  return stage?.user;
}

/** Whether a Dockerfile user is root: `root` or uid 0, with or without a group. */
export function isRootUser(user: string): boolean {
  const name = user.split(':', 1)[0];
  return name === 'root' || name === '0';
}
