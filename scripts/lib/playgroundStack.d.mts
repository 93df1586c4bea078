import type { ChildProcess } from 'node:child_process';

export declare const projectRoot: string;
export declare const botEntry: string;
export declare const playgroundConfigFile: string;
export declare const demoRegionFile: string;

export interface ProcessOutput {
  /** The last lines the process printed (stdout and stderr), for error messages. */
  tail(): string;
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
}

type OnLine = (line: string) => void;

export declare function buildBot(options?: { onLine?: OnLine }): Promise<{ ok: boolean; code: number | null }>;

export declare function startBot(options: {
  port: number;
  /** Added to the parent's environment; undefined removes a variable. */
  env?: Record<string, string | undefined>;
  onLine?: OnLine;
  /** Called with each process as soon as it is spawned (before it is ready), e.g. to stop it on Ctrl+C. */
  onSpawn?: (child: ChildProcess) => void;
  detached?: boolean;
  healthTimeoutMs?: number;
}): Promise<{ child: ChildProcess; url: string; endpoint: string; output: ProcessOutput }>;

export declare function startPlayground(options: {
  endpoint: string;
  port: number;
  logFile?: string;
  configFile?: string;
  openBrowser?: boolean;
  env?: Record<string, string | undefined>;
  onLine?: OnLine;
  /** Called with each process as soon as it is spawned (before it is ready), e.g. to stop it on Ctrl+C. */
  onSpawn?: (child: ChildProcess) => void;
  detached?: boolean;
  /** The playground's cli.js; tests pass a stand-in. */
  cli?: string;
}): Promise<{ child: ChildProcess; port: number; url: string; output: ProcessOutput; attempts: number }>;

export declare function stopChild(child: ChildProcess, options?: { signal?: NodeJS.Signals; timeoutMs?: number }): Promise<void>;

export declare function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

/** Whether a server could listen on `port` now (on all interfaces, as the playground does). */
export declare function isPortFree(port: number): Promise<boolean>;
