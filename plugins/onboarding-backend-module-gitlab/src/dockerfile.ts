/**
 * The user the final stage of a Dockerfile runs as: the last `USER` of the last stage,
 * or of the earlier stage it is built `FROM`. Undefined when no stage in that line sets
 * one (the base image's user applies, root unless the image says otherwise).
 */
export function finalUser(dockerfile: string): string | undefined {
  const stages: Array<{ name?: string; user?: string }> = [];
  // Continuation lines join their instruction; comments and blank lines go.
  const instructions = dockerfile
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'));
  for (const line of instructions) {
    const [keyword, ...args] = line.split(/\s+/);
    const words = args.filter(a => !a.startsWith('--'));
    switch (keyword.toUpperCase()) {
      case 'FROM': {
        const parent = stages.find(
          s => s.name && s.name === words[0]?.toLowerCase(),
        );
        const as = words.findIndex(w => w.toLowerCase() === 'as');
        stages.push({
          name: as >= 0 ? words[as + 1]?.toLowerCase() : undefined,
          user: parent?.user,
        });
        break;
      }
      case 'USER':
        if (stages.length > 0 && words[0]) {
          stages[stages.length - 1].user = words[0];
        }
        break;
      default:
        break;
    }
  }
  return stages[stages.length - 1]?.user;
}

/** Whether a Dockerfile user is root: `root`, uid 0, with or without a group. */
export function isRootUser(user: string): boolean {
  return /^(root|0)(:.*)?$/.test(user);
}
