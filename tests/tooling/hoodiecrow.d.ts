// hoodiecrow-imap ships no types: the little of it these tests use.
declare module 'hoodiecrow-imap' {
  import type { Server } from 'node:net';
  export default function hoodiecrow(options: {
    plugins?: string[];
    users?: Record<string, { password: string }>;
    storage?: Record<string, { messages: unknown[] }>;
  }): {
    listen(port: number, host: string, ready: () => void): void;
    close(done?: () => void): void;
    /** The underlying net.Server, for the port it bound. */
    server: Server;
  };
}
