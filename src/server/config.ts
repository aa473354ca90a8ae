import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data/pglite'),
  /** Key of the keyed hashes (BSN, tokens). Required in production; a fixed development key otherwise. */
  SECRET_KEY: z.string().min(32).optional(),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(20),
  SIGN_IN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Server processes sharing the port (PostgreSQL only: the embedded database allows one process). */
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  SCHEDULED_JOBS: z.enum(['on', 'off']).default('on'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  secretKey: string;
  publicUrl: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  signInMaxFailuresPerAccount: number;
  signInMaxFailuresPerAddress: number;
  signInFailureWindowMinutes: number;
  logLevel: string;
  trustProxy: boolean;
  workers: number;
  scheduledJobs: boolean;
};

const DEVELOPMENT_KEY = 'dichtbij-development-key-not-for-production-use';

/** Reads every environment variable once; fails with one clear message listing what is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as shells and container runtimes often leave them.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = Env.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Ongeldige configuratie (invalid configuration): ${problems}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && !e.SECRET_KEY) {
    throw new Error('SECRET_KEY (minimaal 32 tekens) is verplicht in productie (required in production).');
  }
  if (e.WORKERS > 1 && !e.DATABASE_URL) {
    throw new Error('WORKERS > 1 kan alleen met DATABASE_URL: de ingebouwde database staat één proces toe (needs PostgreSQL).');
  }
  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    secretKey: e.SECRET_KEY ?? DEVELOPMENT_KEY,
    publicUrl: e.PUBLIC_URL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    signInMaxFailuresPerAccount: e.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
    signInMaxFailuresPerAddress: e.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
    signInFailureWindowMinutes: e.SIGN_IN_FAILURE_WINDOW_MINUTES,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    workers: e.WORKERS,
    /** Off when cron runs the jobs' CLI commands instead (or a benchmark keeps its figures still). */
    scheduledJobs: e.SCHEDULED_JOBS === 'on',
  };
}
