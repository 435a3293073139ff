export type Verdict = 'pass' | 'fail' | 'warn' | 'info';

const ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', warn: '⚠️', info: 'ℹ️' };

/** Escapes a value for a Markdown table cell: pipes split cells and newlines end rows. */
export function cell(value: unknown): string {
  return String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/**
 * golive's one summary builder. Every action's summary reads the same way:
 * the verdict first, then tables, then detail folded in `<details>`.
 */
export class Summary {
  private readonly parts: string[] = [];

  verdict(verdict: Verdict, text: string): this {
    this.parts.push(`### ${ICON[verdict]} ${text}`);
    return this;
  }

  heading(text: string, level = 4): this {
    this.parts.push(`${'#'.repeat(level)} ${text}`);
    return this;
  }

  paragraph(text: string): this {
    this.parts.push(text);
    return this;
  }

  list(items: string[]): this {
    if (items.length) this.parts.push(items.map((item) => `- ${item}`).join('\n'));
    return this;
  }

  table(header: string[], rows: unknown[][]): this {
    const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    this.parts.push(lines.join('\n'));
    return this;
  }

  mermaid(diagram: string): this {
    this.parts.push(`\`\`\`mermaid\n${diagram.trim()}\n\`\`\``);
    return this;
  }

  code(text: string, language = ''): this {
    this.parts.push(`\`\`\`${language}\n${text.trimEnd()}\n\`\`\``);
    return this;
  }

  details(title: string, body: string | Summary): this {
    this.parts.push(`<details><summary>${title}</summary>\n\n${String(body)}\n\n</details>`);
    return this;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  toString(): string {
    return this.parts.length ? `${this.parts.join('\n\n')}\n` : '';
  }
}
