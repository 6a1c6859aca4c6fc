interface Variable {
  value: string;
  exported: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const isValidName = (name: string): boolean => NAME.test(name);

/** Shell variables; the exported ones are what `env` prints and child commands inherit. */
export class Environment {
  private readonly vars = new Map<string, Variable>();

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.vars.set(k, { value: v, exported: true });
  }

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  has(name: string): boolean {
    return this.vars.has(name);
  }

  /** Sets a variable, keeping its exported flag (or exporting it when `exported` is true). */
  set(name: string, value: string, exported?: boolean): void {
    const existing = this.vars.get(name);
    this.vars.set(name, { value, exported: exported ?? existing?.exported ?? false });
  }

  export(name: string): void {
    const existing = this.vars.get(name);
    this.vars.set(name, { value: existing?.value ?? '', exported: true });
  }

  unset(name: string): void {
    this.vars.delete(name);
  }

  /** Exported variables in insertion order, as `env` lists them. */
  exported(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.vars) if (v.exported) out[k] = v.value;
    return out;
  }

  clone(): Environment {
    const copy = new Environment();
    for (const [k, v] of this.vars) copy.vars.set(k, { ...v });
    return copy;
  }

  toJSON(): Record<string, Variable> {
    return Object.fromEntries(this.vars);
  }

  static fromJSON(json: Record<string, Variable>): Environment {
    const env = new Environment();
    for (const [k, v] of Object.entries(json)) env.vars.set(k, { ...v });
    return env;
  }
}
